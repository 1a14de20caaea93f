import type { DiagramProblem, DiagramSource, DiagramSpec } from '../types'
import { sourceLine } from './lines'

/** A problem as one line: `pages/gateway.md:42: slide 12, diagram "gateway", step 3: names "x", which …`. */
export function formatProblem(problem: DiagramProblem): string {
  const place = problem.file
    ? `${problem.file}${problem.line
      ? `:${problem.line}`
      : ''}: `
    : ''
  const where = [
    problem.slide === undefined
      ? ''
      : `slide ${problem.slide}`,
    `diagram "${problem.diagram}"`,
    problem.step === undefined
      ? ''
      : `step ${problem.step}`,
  ].filter(Boolean).join(', ')
  return `${place}${where}: ${problem.message}`
}

/** Problems found without a place, placed where the diagram is written. */
export function placeProblems(problems: Omit<DiagramProblem, 'file' | 'line' | 'slide'>[], source: DiagramSource | undefined): DiagramProblem[] {
  return problems.map(problem => ({
    ...problem,
    file: source?.file,
    line: source?.line,
    slide: source?.slide,
  }))
}

/** A parser error on one line: its first line, plus jison's "Expecting …" when there is one (the source excerpt is dropped). */
export function oneLine(message: string): string {
  const lines = message.split('\n').map(l => l.trim()).filter(Boolean)
  const expecting = lines.find(l => l.startsWith('Expecting '))
  return [lines[0] ?? '', expecting].filter(Boolean).join(' ')
}

/**
 * A Mermaid error placed where it is written: on the slide file's line of the Mermaid `line` it names
 * (else the block's first line), its `message` ending with that Mermaid line. One shape for the
 * build, the deck's checks and the page, so the three say it alike.
 */
export function mermaidProblem(spec: Pick<DiagramSpec, 'id' | 'code'>, source: DiagramSource | undefined, message: string, line: number | undefined): DiagramProblem {
  return {
    file: source?.file,
    line: line !== undefined && source
      ? source.codeLine + sourceLine(spec.code, line) - 1
      : source?.line,
    slide: source?.slide,
    diagram: spec.id,
    message: `${message}${line === undefined
      ? ''
      : ` (Mermaid line ${line})`}`,
  }
}

/** What `slidev build` throws for diagrams that cannot be drawn: every problem, one a line. */
export class DiagramError extends Error {
  constructor(readonly problems: DiagramProblem[]) {
    super(`${problems.length === 1
      ? 'A diagram cannot'
      : `${problems.length} diagram problems: diagrams cannot`} be drawn:\n${problems.map(p => `  ${formatProblem(p)}`).join('\n')}`)
    this.name = 'DiagramError'
  }
}
