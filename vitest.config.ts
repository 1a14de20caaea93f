import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [
    vue(),
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
