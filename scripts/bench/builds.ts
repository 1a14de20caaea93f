import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { DRAWING_CACHE_DIR } from 'slidev-addon-talk-engine/node'
import { timeCommand } from './measure'

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
    rmSync(join(deck.root, DRAWING_CACHE_DIR), { recursive: true, force: true })
    record(deck, 'first build (no drawing cache) s', build())
    record(deck, 'rebuild s', build())
  }
}
