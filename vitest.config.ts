import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'
// A relative path: Vite's config loader leaves packages to Node, which cannot load the addon's TypeScript.
import { liveDrawingPlugin } from './addons/talk-engine/node/live-drawing.ts'

export default defineConfig({
  plugins: [
    vue(),
    // Components draw their diagrams live, as in `slidev` dev (a test may mock the module with pre-drawn ones).
    liveDrawingPlugin(),
  ],
  test: {
    include: ['tests/unit/**/*.test.ts', 'scripts/**/*.test.ts', 'addons/*/test/**/*.test.ts'],
    environment: 'happy-dom',
    globalSetup: ['tests/unit/global-setup.ts'],
    // Inlined so that a test's `vi.mock('node:fs')` reaches its file checks (tests/unit/browser.test.ts).
    server: {
      deps: {
        inline: ['@puppeteer/browsers'],
      },
    },
  },
})
