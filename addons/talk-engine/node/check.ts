import type { DiagramProblem } from '../types'
import type { ParsedSlide } from './diagrams'
import { sourceLine } from '../logic/lines'
import { placeProblems } from '../logic/problems'
import { validateDiagram } from '../logic/steps'
import { deckDiagrams } from './diagrams'
import { iconPacks, usedIcons } from './icons'

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
    const { missing } = iconPacks(root, usedIcons(spec.code))
    if (missing.length) {
      found.push(...placeProblems([
        { diagram: spec.id, message: `draws icons no installed pack has: ${missing.join(', ')}` },
      ], source))
    }
    try {
      found.push(...placeProblems(validateDiagram(spec, await parseDiagram(spec.code)), source))
    }
    catch (error) {
      const line = error instanceof MermaidSyntaxError
        ? error.line
        : undefined
      const first = String((error as Error).message).split('\n').map(l => l.trim()).filter(Boolean)
      const expecting = first.find(l => l.startsWith('Expecting '))
      found.push({
        file: source.file,
        line: line === undefined
          ? source.line
          : source.codeLine + sourceLine(spec.code, line) - 1,
        slide: source.slide,
        diagram: spec.id,
        message: `${[first[0], expecting].filter(Boolean).join(' ')}${line === undefined
          ? ''
          : ` (Mermaid line ${line})`}`,
      })
    }
  }
  return found
}
