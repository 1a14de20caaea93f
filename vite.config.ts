import process from 'node:process'
import { defineConfig } from 'vite'
import { slideTitles } from './setup/slide-title.ts'

// The engine's own Vite settings (Mermaid pre-bundling) live in addons/talk-engine/vite.config.ts.
export default defineConfig({
  // Two Slidev servers sharing one pre-bundle cache (a test's dev server and an
  // export) can invalidate each other's bundles mid-print; tests give each its own.
  cacheDir: process.env.DECK_VITE_CACHE ?? 'node_modules/.vite',
  slidev: {
    markdown: {
      // A slide's title is an h1 on the slide and an h2 in the reading view (components/SlideTitle.vue).
      markdownSetup: md => slideTitles(md),
    },
  },
})
