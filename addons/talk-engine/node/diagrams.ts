import type { DiagramBlock } from '../logic/blocks'
import type { DiagramProblem } from '../types'
import { readFileSync } from 'node:fs'
import { relative } from 'node:path'
import { findDiagramBlocks } from '../logic/blocks'

/** A slide as Slidev parses it (`options.data.slides`, `@slidev/parser`'s `load`): what the engine reads of it. */
export interface ParsedSlide {
  /** 0-based position in the deck. */
  index: number
  source: {
    filepath: string
    /** 0-based position in its file. */
    index: number
    content: string
    /** 0-based line of the file where the slide's content starts (after its frontmatter). */
    contentStart: number
  }
}

/** The 1-based line of `file` where a slide's (trimmed) content begins. */
function firstLine(slide: ParsedSlide): number {
  const first = slide.source.content.split('\n')[0]
  let lines: string[]
  try {
    lines = readFileSync(slide.source.filepath, 'utf8').split('\n')
  }
  catch {
    return slide.source.contentStart + 1
  }
  const at = lines.findIndex((line, i) => i >= slide.source.contentStart && line === first)
  return (at < 0
    ? slide.source.contentStart
    : at) + 1
}

/** The diagram blocks of one slide, placed in its file and the deck: what its transform and the plugin both read. */
export function slideDiagrams(root: string, slide: ParsedSlide, markdown = slide.source.content): DiagramBlock[] {
  // Without either word no fence or tag can be a block (findDiagramBlocks matches `mermaid` and `<MermaidSteps`), so most slides skip reading their file.
  if (!/mermaid|MermaidSteps/.test(markdown))
    return []
  return findDiagramBlocks(markdown, {
    file: relative(root, slide.source.filepath).replaceAll('\\', '/'),
    firstLine: firstLine(slide),
    slideInFile: slide.source.index + 1,
    slide: slide.index + 1,
  })
}

/**
 * Every diagram of a deck by id, first use first, and what is wrong with the way each is written;
 * two different blocks under one id are a problem of the second. A slide imported twice is one diagram.
 */
export function deckDiagrams(root: string, slides: ParsedSlide[]): { diagrams: Map<string, DiagramBlock>, problems: DiagramProblem[] } {
  const diagrams = new Map<string, DiagramBlock>()
  const problems: DiagramProblem[] = []
  for (const slide of slides) {
    for (const block of slideDiagrams(root, slide)) {
      const seen = diagrams.get(block.spec.id)
      if (!seen) {
        diagrams.set(block.spec.id, block)
        continue
      }
      const same = seen.source.file === block.source.file && seen.source.line === block.source.line
      if (!same) {
        problems.push({
          file: block.source.file,
          line: block.source.line,
          slide: block.source.slide,
          diagram: block.spec.id,
          message: `the id is already taken by the diagram at ${seen.source.file}:${seen.source.line}; give one of them another id`,
        })
      }
    }
  }
  return { diagrams, problems }
}
