import type { MarkdownTransformContext } from '@slidev/types'
import type { DiagramBlock } from '../logic/blocks'
import { slideDiagrams } from './diagrams'
import { DIAGRAM_MODULE } from './plugin'

/** The component a block becomes: its module (one chunk, loaded with the slide) and what must be known before it loads. */
export function diagramTag(block: DiagramBlock): string {
  const at = block.spec.at === undefined
    ? ''
    : ` :at="${JSON.stringify(block.spec.at).replaceAll('"', '\'')}"`
  return `<MermaidSteps :load="() => import('${DIAGRAM_MODULE}${block.spec.id}')" :step-count="${block.spec.steps.length}"${at} />`
}

/**
 * Slidev's Markdown transform for the engine's blocks: each diagram written in a slide (a
 * ```mermaid block with `steps`, or `<MermaidSteps>` around one) becomes the component, which
 * imports the module the engine's Vite plugin makes for it. Any other ```mermaid stays Slidev's.
 */
export function transformDiagrams(ctx: MarkdownTransformContext): void {
  for (const block of slideDiagrams(ctx.options.userRoot, ctx.slide, ctx.s.toString()))
    ctx.s.overwrite(block.start, block.end, diagramTag(block))
}
