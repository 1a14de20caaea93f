import type { Plugin } from 'vite'

/** What slides import to get their pictures: pre-drawn ones, and Mermaid for drawing live. */
export const DRAWING = 'virtual:talk-engine/drawing'

/** The module a deck without build-time drawing gets: nothing pre-drawn, Mermaid in the browser. */
export const LIVE_DRAWING = `export const drawn = {}\nexport const live = () => import('slidev-addon-talk-engine/mermaid')\n`

/**
 * Serves `virtual:talk-engine/drawing` for live drawing only, after any `talkEngineDrawing()` a deck
 * registers (`enforce: 'post'`), so the engine works in a deck that draws nothing at build time.
 */
export function liveDrawingPlugin(): Plugin {
  return {
    name: 'talk-engine:live-drawing',
    enforce: 'post',
    resolveId(id) {
      return id === DRAWING
        ? `\0${DRAWING}?live`
        : undefined
    },
    load(id) {
      return id === `\0${DRAWING}?live`
        ? LIVE_DRAWING
        : undefined
    },
  }
}
