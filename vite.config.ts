import { defineConfig } from 'vite'

export default defineConfig({
  // Two Slidev servers sharing one pre-bundle cache (a test's dev server and an
  // export) can invalidate each other's bundles mid-print; tests give each its own.
  cacheDir: process.env.DECK_VITE_CACHE ?? 'node_modules/.vite',
  optimizeDeps: {
    // Our components import mermaid directly; without pre-bundling, its dayjs
    // dependency fails to load as ESM in `slidev` dev and export.
    include: ['mermaid'],
  },
})
