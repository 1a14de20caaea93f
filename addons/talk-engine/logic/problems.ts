import type { DiagramProblem, DiagramSource } from '../types'

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

/** What `slidev build` throws for diagrams that cannot be drawn: every problem, one a line. */
export class DiagramError extends Error {
  constructor(readonly problems: DiagramProblem[]) {
    super(`${problems.length === 1
      ? 'A diagram cannot'
      : `${problems.length} diagram problems: diagrams cannot`} be drawn:\n${problems.map(p => `  ${formatProblem(p)}`).join('\n')}`)
    this.name = 'DiagramError'
  }
}
