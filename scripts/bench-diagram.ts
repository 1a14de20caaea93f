import process from 'node:process'
import { parseArgs } from 'node:util'
import { benchDiagram, largestDiagram } from './bench/diagram'
import { loadDeck } from './lib/deck'
import { runMain } from './lib/main'

/**
 * Click → diagram step latency on the built deck, alone (`npm run bench` folds it in).
 *
 *   npx tsx scripts/bench-diagram.ts [--dist dist] [--clicks 50] [--port 4393]
 */
runMain(import.meta.url, async () => {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string' },
      clicks: { type: 'string' },
      port: { type: 'string' },
    },
  })
  const result = await benchDiagram({
    diagram: largestDiagram(await loadDeck()),
    dist: values.dist ?? process.env.DECK_DIST ?? 'dist',
    clicks: Number(values.clicks ?? 50),
    port: Number(values.port ?? 4393),
  })
  console.table({
    [`${result.diagram} (slide ${result.slide}), ${result.clicks} clicks`]: {
      'median ms': result.median.toFixed(2),
      'p95 ms': result.p95.toFixed(2),
      'max ms': result.max.toFixed(2),
    },
  })
})
