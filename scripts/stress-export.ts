import type { Outcome } from './lib/stress-export'
import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { runMain } from './lib/main'
import { exportOnce, keepBusy, replayThrottled } from './lib/stress-export'

/**
 * `npm run export` from a cold cache, again and again, while a browser test loads the machine, as on a
 * fresh clone's first `npm test`: each run deletes Vite's pre-bundle cache and the engine's drawing cache,
 * exports with Vite's optimizer log on (`DEBUG=vite:deps`), and records whether it failed and what Vite
 * discovered late. Then, because a race this rare may not show in ten runs, it replays Slidev's exporter
 * (its `go('print')` waits, in its order) on a cold export server in a page whose CPU is throttled
 * `--throttle` times, and says how many slides the page held when the exporter would have printed.
 * Slow by design (one export at a time, about a minute each on 2 busy cores): not part of `npm test`.
 *
 *   npx tsx scripts/stress-export.ts --runs 10 [--throttle 20] [--dist dist] [--port 4199] [--spec tests/e2e/diagrams.spec.ts]
 */
runMain(import.meta.url, async () => {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '10' },
      dist: { type: 'string', default: 'dist' },
      port: { type: 'string', default: '4199' },
      spec: { type: 'string', default: 'tests/e2e/diagrams.spec.ts' },
      // Not under test-results/: the browser test that loads the machine empties that folder when it starts.
      out: { type: 'string', default: 'bench/runs/stress-export' },
      throttle: { type: 'string', default: '20' },
    },
  })
  const runs = Number(values.runs)
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs must be a whole number of exports, not "${values.runs}".`)
  if (!existsSync(join(values.dist!, 'index.html')))
    throw new Error(`The browser test runs against a built deck: build one first (npx slidev build --out ${values.dist}).`)
  mkdirSync(values.out!, { recursive: true })
  const busy = keepBusy(values.spec!, values.dist!, values.port!, join(values.out!, 'browser-test.log'))
  const outcomes: Outcome[] = []
  try {
    for (let run = 1; run <= runs; run++) {
      const outcome = await exportOnce(run, values.out!)
      outcomes.push(outcome)
      console.log(`export ${run}/${runs}: ${outcome.ok ? 'ok' : 'FAILED'} in ${outcome.seconds.toFixed(0)} s`
        + `${outcome.late.length
          ? `; discovered late: ${outcome.late.join(' | ')}`
          : ''}`
          + `${outcome.reloads
            ? `; ${outcome.reloads} page reload(s)`
            : ''}`
            + `${outcome.toc ? '; the table of contents lost its pages' : ''}`
            + `${outcome.ok
              ? ''
              : ` (log: ${outcome.log})`}`)
    }
  }
  finally {
    await busy.stop()
  }
  const failed = outcomes.filter(outcome => !outcome.ok).length
  console.log(`${failed} of ${runs} cold exports failed; ${outcomes.filter(o => o.late.length).length} discovered dependencies late.`)
  const rate = Number(values.throttle)
  const replay = await replayThrottled(rate, Number(values.port) + 1)
  console.log(`Slidev's exporter, page CPU throttled ${rate}×: the network went quiet with ${replay.atQuiet} of ${replay.total} slides drawn; it would print ${replay.atPrint} of ${replay.total}.`)
  if (failed || replay.atPrint !== replay.total)
    process.exitCode = 1
})
