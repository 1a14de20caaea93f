import type { DeckInput, Problem } from './input'
// The engine's own one-line parser message, so a plain block's error reads as a step diagram's does.
import { oneLine } from 'slidev-addon-talk-engine'
import { installDom, slideDiagrams } from 'slidev-addon-talk-engine/node'
import { slideLine } from './helpers'

/** Every plain ```mermaid block in the slides (Slidev's own; the engine checks its step diagrams) parses with Mermaid's own parser. */
export async function checkMermaidBlocks(deck: Pick<DeckInput, 'slides' | 'root'>): Promise<Problem[]> {
  const blocks = deck.slides.flatMap((slide) => {
    const engine = new Set(slideDiagrams(deck.root, slide.parsed).map(block => block.source.codeLine))
    return [
      ...slide.raw.matchAll(/^(`{3,}|~{3,})mermaid\b[^\n]*\n([\s\S]*?)^\1\s*$/gm),
    ]
      .map(m => ({ slide, code: m[2], codeLine: slideLine(slide, m.index) + 1 }))
      .filter(block => !engine.has(block.codeLine))
  })
  if (!blocks.length)
    return []
  await installDom()
  const { parseDiagram, MermaidSyntaxError } = await import('slidev-addon-talk-engine/mermaid')
  const problems: Problem[] = []
  for (const { slide, code, codeLine } of blocks) {
    try {
      await parseDiagram(code)
    }
    catch (error) {
      // parseDiagram also rejects valid diagrams that cannot build up by steps; a plain block may be any kind.
      if (error instanceof MermaidSyntaxError && /cannot build up by steps/.test(error.message))
        continue
      const at = error instanceof MermaidSyntaxError
        ? error.line
        : undefined
      const first = oneLine(String((error as Error).message))
      problems.push({
        rule: 'mermaid',
        file: slide.file,
        line: at === undefined
          ? codeLine
          : codeLine + at - 1,
        slide: slide.no,
        message: `mermaid block does not parse${at === undefined
          ? ''
          : ` (Mermaid line ${at})`}: ${first}`,
      })
    }
  }
  return problems
}
