import type { DiagramProblem } from '../types'
import type { ParsedSlide } from './diagrams'
import { mermaidProblem, oneLine, placeProblems } from '../logic/problems'
import { validateDiagram } from '../logic/steps'
import { deckDiagrams } from './diagrams'
import { diagramIcons } from './icons'

/** Mermaid's DOMPurify binds to `window` when it loads, and its text helpers use `document`: happy-dom's are enough to parse. */
export async function installDom(): Promise<void> {
  if (typeof globalThis.window !== 'undefined' && typeof globalThis.document !== 'undefined')
    return
  const { Window } = await import('happy-dom')
  const window = new Window()
  Object.assign(globalThis, { window, document: window.document })
}

/**
 * Every problem of a deck's diagrams that shows without a browser: how each block is written,
 * Mermaid's syntax (with its line in the slide file), steps against the ids Mermaid parses, and
 * icons no installed pack has. The same problems the build reports, for a deck's own checks.
 */
export async function checkDeckDiagrams(root: string, slides: ParsedSlide[]): Promise<DiagramProblem[]> {
  const { diagrams, problems } = deckDiagrams(root, slides)
  const found = [...problems]
  const clean = [
    ...diagrams.values(),
  ].filter((block) => {
    found.push(...block.problems)
    return !block.problems.length
  })
  if (!clean.length)
    return found
  await installDom()
  const { parseDiagram, MermaidSyntaxError } = await import('../logic/mermaid')
  for (const { spec, source } of clean) {
    found.push(...diagramIcons(root, spec, source).problems)
    try {
      found.push(...placeProblems(validateDiagram(spec, await parseDiagram(spec.code)), source))
    }
    catch (error) {
      const line = error instanceof MermaidSyntaxError
        ? error.line
        : undefined
      // The parser's first line and its "Expecting …": what a deck's check needs to mend the line.
      found.push(mermaidProblem(spec, source, oneLine(String((error as Error).message)), line))
    }
  }
  return found
}
