import process from 'node:process'
import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, findBrowser } from 'slidev-addon-talk-engine/browser'

/** The built deck under test; `DECK_DIST` lets parallel work use its own build. */
const dist = process.env.DECK_DIST ?? 'dist'
const port = Number(process.env.DECK_PORT ?? 4173)

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI
    ? [
        ['list'],
        [
          'json',
          { outputFile: 'test-results/e2e.json' },
        ],
      ]
    : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 720 },
    launchOptions: {
      executablePath: findBrowser(),
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: `npx tsx scripts/serve.ts --dir ${dist} --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
  },
})
