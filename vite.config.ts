import { defineConfig } from 'vite'

export default defineConfig({
  optimizeDeps: {
    // Our components import mermaid directly; without pre-bundling, its dayjs
    // dependency fails to load as ESM in `slidev` dev and export.
    include: ['mermaid'],
  },
})
