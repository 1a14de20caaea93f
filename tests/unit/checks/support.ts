import type { DeckInput, Problem } from '../../../scripts/lib/deck-rules'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll } from 'vitest'
import { formatProblem, loadDeckInput, SOURCE_DIRS } from '../../../scripts/lib/deck-rules'

/**
 * Each rule is proved on a copy of the real deck with one fault injected:
 * the check must name the file, line, slide and what data/ holds.
 */

export const ROOT = resolve(__dirname, '../../..')
const COPY = [
  'slides.md',
  'slides-interview.md',
  ...SOURCE_DIRS,
  'public',
]
const made: string[] = []

/**
 * Copies live under the project's (git-ignored) test-results/: vitest only
 * transforms TypeScript inside the project, and the checker imports the copy's data/.
 */
export function copyDeck(): string {
  mkdirSync(join(ROOT, 'test-results'), { recursive: true })
  const dir = mkdtempSync(join(ROOT, 'test-results', 'deck-check-'))
  made.push(dir)
  for (const path of COPY) {
    if (existsSync(join(ROOT, path)))
      cpSync(join(ROOT, path), join(dir, path), { recursive: true })
  }
  return dir
}

/** Replaces exactly one occurrence, so a fixture cannot silently miss its target when the deck changes. */
export function inject(root: string, file: string, find: string, replace: string): void {
  const path = join(root, file)
  const text = readFileSync(path, 'utf8')
  const count = text.split(find).length - 1
  if (count !== 1)
    throw new Error(`fixture: expected "${find}" once in ${file}, found it ${count} times`)
  writeFileSync(path, text.replace(find, replace))
}

/** The 1-based line of the only line of `file` containing `text`. */
export function lineOf(root: string, file: string, text: string): number {
  const lines = readFileSync(join(root, file), 'utf8').split('\n')
  const hits = lines.flatMap((line, i) => line.includes(text)
    ? [i + 1]
    : [])
  if (hits.length !== 1)
    throw new Error(`fixture: expected "${text}" on one line of ${file}, found ${hits.length}`)
  return hits[0]
}

/** The number of the slide of `file` whose text contains `text`, so tests survive slides being added or moved. */
export function slideNo(deck: DeckInput, file: string, text: string): number {
  const hits = deck.slides.filter(slide => slide.file === file && slide.raw.includes(text))
  if (hits.length !== 1)
    throw new Error(`fixture: expected one slide of ${file} containing "${text}", found ${hits.length}`)
  return hits[0].no
}

export async function faulty(file: string, find: string, replace: string): Promise<{ root: string, deck: DeckInput }> {
  const root = copyDeck()
  inject(root, file, find, replace)
  return { root, deck: await loadDeckInput(root) }
}

export const messages = (problems: Problem[]) => problems.map(formatProblem)

afterAll(() => {
  for (const dir of made)
    rmSync(dir, { recursive: true, force: true })
})
