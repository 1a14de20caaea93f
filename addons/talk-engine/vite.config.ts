import { defineConfig } from 'vite'

// Slidev merges an addon's vite.config.ts into the deck's.
export default defineConfig({
  optimizeDeps: {
    // What the engine's browser code imports from npm, pre-bundled up front. Diagram slides load it
    // lazily, where Vite's start-up scan does not look: a dependency it found only then would be
    // bundled late, and Vite would reload the page mid-talk (it did, for defu). Mermaid's dayjs also
    // fails to load as ESM without pre-bundling.
    include: ['mermaid', 'defu'],
  },
})
