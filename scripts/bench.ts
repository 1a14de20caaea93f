import { mkdirSync, writeFileSync } from 'node:fs'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { checkBudgets } from './bench/budgets'
import { EXPORT_METRICS, measure, PAGE_LOADS } from './bench/run'
import { formatTables, tableOf } from './bench/table'
import { runMain } from './lib/main'
import { lastTestTime } from './lib/test-time'

/**
 * `npm run bench`: our deck against a minimal reference deck, alternating runs, medians side by side
 * (scripts/bench/run.ts); exits non-zero when a budget (scripts/bench/budgets.ts) is missed.
 *
 *   npm run bench [-- --runs 5] [--skip-export]
 */
runMain(import.meta.url, async () => {
  const { values } = parseArgs({
    options: {
      'runs': { type: 'string', default: '5' },
      'skip-export': { type: 'boolean', default: false },
    },
  })
  const runs = Number(values.runs)
  const root = process.cwd()
  const measured = await measure({ root, runs, skipExport: values['skip-export']! })
  const table = tableOf(measured)
  const budgets = checkBudgets(table, values['skip-export']
    ? EXPORT_METRICS
    : [])
  const testTime = lastTestTime(root)
  if (testTime) {
    table.push({
      metric: `npm test wall s (its run of ${testTime.date})`,
      ours: testTime.seconds,
      reference: Number.NaN,
      ratio: Number.NaN,
      runs: 1,
    })
  }

  console.log(`\n${formatTables(table, { runs, pageLoads: PAGE_LOADS, smallest: measured.smallest })}\n`)
  for (const budget of budgets)
    console.log(`${budget.ok ? 'ok  ' : 'MISS'} ${budget.name}: ${budget.detail}`)
  mkdirSync('bench', { recursive: true })
  writeFileSync('bench/latest.json', `${JSON.stringify({
    date: new Date().toISOString(),
    runs,
    table,
    budgets,
    smallest: measured.smallest,
    onAPhone: measured.onAPhone,
    samples: measured.samples,
  }, null, 2)}\n`)
  console.log('\nWrote bench/latest.json')
  process.exit(budgets.every(budget => budget.ok)
    ? 0
    : 1)
})
