import type { DiagramSpec, IconPack } from '../types'
import { drawDiagram, MermaidSyntaxError, registerIconPacks, tagDiagramElements, undrawnIds } from '../logic/mermaid'

/**
 * The page the build draws diagrams in (node/draw.ts bundles this file for it): the same
 * `drawDiagram` a page runs where no browser could draw at build time, so both draw one picture.
 * Errors come back as data, since a thrown error loses its Mermaid line on the way to Node.
 */
const page = {
  icons(packs: Record<string, IconPack>): Promise<void> {
    return registerIconPacks(packs)
  },
  async draw(source: Pick<DiagramSpec, 'code' | 'theme'>, svgId: string, font: string) {
    try {
      const drawn = await drawDiagram(source, svgId, font)
      // What a slide looks for in the SVG, looked for here, so a diagram with a part Mermaid did not draw fails the build.
      const host = document.createElement('div')
      host.innerHTML = drawn.svg
      const missing = undrawnIds(drawn.graph, tagDiagramElements(host.querySelector('svg')!, svgId, drawn.graph))
      return missing.length
        ? {
            error: { message: `Mermaid drew no element for ${missing.join(', ')}`, line: undefined },
          }
        : { drawn }
    }
    catch (error) {
      return {
        error: {
          message: String((error as Error)?.message ?? error),
          line: error instanceof MermaidSyntaxError
            ? error.line
            : undefined,
        },
      }
    }
  },
}

export type DrawPage = typeof page

;(globalThis as unknown as { talkEngine: DrawPage }).talkEngine = page
