/**
 * Where a fact comes from: a line of a seed document in `../shared/seeds/`.
 * 000 is the older profile page, 001 the newer CV; FACTS.md rules between them.
 */
export type Seed = '000' | '001'

export interface SourceLine {
  seed: Seed
  line: number
}

export function cite(seed: Seed, ...lines: number[]): SourceLine[] {
  return lines.map(line => ({ seed, line }))
}
