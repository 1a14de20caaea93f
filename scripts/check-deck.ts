import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { formatProblem, loadDeckInput, RULES, runRules } from './lib/deck-rules'

/**
 * `npm run check`: the static deck checks, no browser. Prints each problem as
 * `file:line (slide N): rule: message`, then one summary line; exit 1 on any problem.
 *
 *   tsx scripts/check-deck.ts [--root DIR] [--entry slides.md] [--json OUT]
 *
 * `--json` writes `{ passed, failed, rules, problems }`, counting rules (one per rule).
 */
const { values } = parseArgs({
  options: {
    root: { type: 'string', default: '.' },
    entry: { type: 'string', default: 'slides.md' },
    json: { type: 'string' },
  },
})

const started = Date.now()
const deck = await loadDeckInput(values.root!, values.entry!)
const report = await runRules(deck)

for (const problem of report.problems)
  console.error(formatProblem(problem))
if (values.json) {
  const out = resolve(values.json)
  mkdirSync(dirname(out), { recursive: true })
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`)
}
const failing = RULES.filter(rule => report.rules[rule]).map(rule => `${rule} (${report.rules[rule]})`)
console.log(`check-deck: ${deck.slides.length} slides, ${RULES.length} rules: ${report.passed} passed, ${report.failed} failed${failing.length
  ? ` — ${failing.join(', ')}`
  : ''} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
process.exitCode = report.failed ? 1 : 0
