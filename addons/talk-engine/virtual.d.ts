// The module node/plugin.ts serves (or, in a deck without build-time drawing, setup/vite-plugins.ts).
declare module 'virtual:talk-engine/drawing' {
  import type { DrawnDiagram } from './composables/diagramSvg'

  /** Diagrams drawn at build time, one lazy chunk each. */
  export const drawn: Record<string, () => Promise<{ default: DrawnDiagram }>>
  /** Mermaid, to draw in the page; absent from a deck whose diagrams were all drawn at build time. */
  export const live: undefined | (() => Promise<typeof import('./composables/useMermaid')>)
}
