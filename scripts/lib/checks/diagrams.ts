import type { DeckInput, Problem } from './input'
import { formatProblem } from 'slidev-addon-talk-engine'
import { checkDeckDiagrams } from 'slidev-addon-talk-engine/node'

/**
 * Every diagram written in a slide, checked by the engine itself without a browser: how its block is
 * written, Mermaid's syntax, its steps against the ids Mermaid parses, and the icons it draws. The
 * build reports the same problems, in the same shape.
 */
export async function checkDiagrams(deck: Pick<DeckInput, 'root' | 'slides'>): Promise<Problem[]> {
  const problems = await checkDeckDiagrams(deck.root, deck.slides.map(slide => slide.parsed))
  return problems.map(problem => ({
    rule: 'diagrams',
    file: problem.file ?? 'slides.md',
    line: problem.line ?? 1,
    slide: problem.slide,
    // The place is the problem's file and line; the message keeps the rest.
    message: formatProblem({
      ...problem,
      file: undefined,
      line: undefined,
      slide: undefined,
    }),
  }))
}
