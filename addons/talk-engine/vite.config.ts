import { defineConfig } from 'vite'

// Slidev merges an addon's vite.config.ts into the deck's.
export default defineConfig({
  optimizeDeps: {
    // The engine imports mermaid itself; without pre-bundling, its dayjs
    // dependency fails to load as ESM in `slidev` dev and export.
    include: ['mermaid'],
  },
})
