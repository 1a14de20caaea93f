import { existsSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { timeCommand } from './measure'

/** Where the engine keeps its drawings between builds (addons/talk-engine/node/drawingCache.ts). */
export const DRAWING_CACHE = 'node_modules/.cache/talk-engine'

/** Where `npm test` leaves its wall time (scripts/test-all.ts). */
export const TEST_TIMING = 'test-results/npm-test-time.json'

interface BuiltDeck { name: 'ours' | 'reference', root: string, entry: string, dist: string }

/**
 * Build rows, each deck in turn: a first build (for ours, its drawing cache emptied first, so every
 * diagram is drawn in a browser) and a rebuild (nothing changed; ours draws nothing). The reference
 * deck has no cache, so both of its rows are its plain build, which the budget compares against.
 */
export function measureBuilds<D extends BuiltDeck>(decks: D[], record: (deck: D, metric: string, value: number) => void): void {
  for (const deck of decks) {
    const build = () => timeCommand('npx', [
      'slidev',
      'build',
      deck.entry,
      '--out',
      deck.dist,
    ], deck.root)
    rmSync(join(deck.root, DRAWING_CACHE), { recursive: true, force: true })
    record(deck, 'first build (no drawing cache) s', build())
    record(deck, 'rebuild s', build())
  }
}

/** `npm test`'s wall time from its last full run on this machine, if there was one: `npm test` takes too long to run in the bench. */
export function lastTestWallTime(root: string): { seconds: number, date: string } | undefined {
  const file = join(root, TEST_TIMING)
  return existsSync(file)
    ? JSON.parse(readFileSync(file, 'utf8')) as { seconds: number, date: string }
    : undefined
}
