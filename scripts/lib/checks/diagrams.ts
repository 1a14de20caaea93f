import type { DeckSlide } from '../deck'
import type { DeckInput, Problem } from './input'
import { checkDiagrams } from '../check-diagrams'
import { attr, slideLine, tags } from './helpers'
import { oneLine } from './mermaid'
/**
 * Every `<MermaidSteps diagram="X">` names a diagram in data/diagrams, and the
 * diagrams themselves pass `checkDiagrams()` (owned by the diagram module).
 */
export async function checkDiagramRefs(deck: Pick<DeckInput, 'slides' | 'data'>): Promise<Problem[]> {
  const problems: Problem[] = []
  const known = Object.keys(deck.data.diagrams)
  const usedBy = new Map<string, DeckSlide>()
  for (const slide of deck.slides) {
    for (const tag of tags(slide, 'MermaidSteps')) {
      const id = attr(tag.attrs, 'diagram')
      const line = slideLine(slide, tag.offset)
      if (id === undefined) {
        problems.push({
          rule: 'diagrams',
          file: slide.file,
          line,
          slide: slide.no,
          message: '<MermaidSteps> needs a static diagram="…" naming a diagram in data/diagrams',
        })
      }
      else if (!known.includes(id)) {
        problems.push({
          rule: 'diagrams',
          file: slide.file,
          line,
          slide: slide.no,
          message: `<MermaidSteps diagram="${id}">: no such diagram in data/diagrams (known: ${known.join(', ')})`,
        })
      }
      else if (!usedBy.has(id)) {
        usedBy.set(id, slide)
      }
    }
  }
  for (const error of (await checkDiagrams(deck.data.diagrams)).map(oneLine)) {
    // checkDiagrams messages start with `file[:line][ (Mermaid line N)]: `.
    const m = /^(\S+?)(?::(\d+))?((?: \(Mermaid line \d+\))?): (.*)$/.exec(error)
    const diagram = /^data\/diagrams\/([\w-]+)\.ts$/.exec(m?.[1] ?? '')?.[1]
    const slide = diagram
      ? usedBy.get(diagram)
      : undefined
    problems.push({
      rule: 'diagrams',
      file: m?.[1] ?? 'data/diagrams',
      line: Number(m?.[2] ?? 1),
      slide: slide?.no,
      message: m
        ? `${m[4]}${m[3]}`
        : error,
    })
  }
  return problems
}
