import type { DiagramTheme } from '../composables/diagramSvg'
import type { DiagramSpec, IconPack } from '../types'
import { drawDiagram, MermaidSyntaxError, registerIconPacks, tagDiagramElements, undrawnIds } from '../composables/useMermaid'

/**
 * The page the build draws diagrams in (node/drawDiagrams.ts bundles this file for it): the same
 * `drawDiagram` the browser runs live, so a built deck ships the picture `slidev` dev draws.
 * Errors come back as data, since a thrown error loses its Mermaid line on the way to Node.
 */
const page = {
  icons(packs: Record<string, IconPack>): Promise<void> {
    return registerIconPacks(Object.fromEntries(Object.entries(packs).map(([name, pack]) => [
      name,
      async () => pack,
    ])))
  },
  async draw(source: Pick<DiagramSpec, 'code' | 'config'>, svgId: string, theme: DiagramTheme) {
    try {
      const drawn = await drawDiagram(source, svgId, theme)
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
