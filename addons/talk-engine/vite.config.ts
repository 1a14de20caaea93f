import { defineConfig } from 'vite'

// Slidev merges an addon's vite.config.ts into the deck's.
export default defineConfig({
  optimizeDeps: {
    // What the engine's browser code imports from npm only lazily (a page drawing a diagram itself,
    // where no browser drew it at build time), pre-bundled up front: Vite's start-up scan does not
    // look there, and a dependency found late makes it reload the page mid-talk. Mermaid's dayjs also
    // fails to load as ESM without pre-bundling.
    include: ['mermaid'],
  },
})
