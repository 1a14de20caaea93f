// @vitest-environment node
import type { Row } from '../../scripts/bench/table'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { BUDGETS, budgetText, checkBudgets } from '../../scripts/bench/budgets'

/** The README's budget list: the bullets after the paragraph that names `scripts/bench/budgets.ts`. */
function readmeBudgets(readme: string): string[] {
  const after = readme.slice(readme.indexOf('`scripts/bench/budgets.ts`'))
  return /\n\n((?:- .*\n)+)/.exec(after)?.[1]!.trim().split('\n').map(line => line.slice(2)) ?? []
}

/** A table row with only our value. */
function ours(metric: string, value: number, extra: Partial<Row> = {}): Row {
  return {
    metric,
    ours: value,
    reference: Number.NaN,
    ratio: Number.NaN,
    runs: 1,
    ...extra,
  }
}

/** A table on which every budget is met. */
function passingTable(): Row[] {
  return BUDGETS.flatMap((budget) => {
    const met = budget.comparison === '<'
      ? budget.limit / 2
      : budget.comparison === '≤'
        ? budget.limit
        : budget.limit + (budget.comparison === '≥'
          ? 1
          : 0)
    if (budget.against === 'reference') {
      return [
        ours(budget.metric, met, { reference: 1 }),
      ]
    }
    if (budget.against) {
      return [
        ours(budget.metric, met),
        ours(budget.against.metric, 1),
      ]
    }
    return [
      ours(budget.metric, met),
    ]
  })
}

describe('the bench\'s budgets', () => {
  it('are the README\'s list, in its order', () => {
    const listed = readmeBudgets(readFileSync('README.md', 'utf8'))
    expect(listed.length, 'the README lists budgets after naming scripts/bench/budgets.ts').toBeGreaterThan(0)
    expect(listed).toEqual(BUDGETS.map(budgetText))
  })

  it('finds a README that has drifted from the table', () => {
    const readme = readFileSync('README.md', 'utf8').replace('- first slide visible ≤ 0.8× reference', '- first slide visible ≤ 0.9× reference')
    expect(readmeBudgets(readme)).not.toEqual(BUDGETS.map(budgetText))
  })

  it('pass a table that meets them all, and name the value each read', () => {
    const results = checkBudgets(passingTable())
    expect(results.map(r => r.name)).toEqual(BUDGETS.map(budgetText))
    expect(results.filter(r => !r.ok)).toEqual([])
    expect(results.find(r => r.name.startsWith('click → step'))?.detail).toBe('8.0 ms')
    expect(results.find(r => r.name.startsWith('first slide visible'))?.detail).toBe('0.80×')
  })

  it('miss a value over its limit, against the reference, against another row, or on its own, with the row\'s note', () => {
    const table = passingTable().map(row => row.metric === 'first slide visible ms'
      ? { ...row, ours: 0.9 }
      : row.metric === 'phone: reading view first screen KB'
        ? { ...row, ours: 1.2 }
        : row.metric === 'smallest text % of slide height'
          ? { ...row, ours: 2.3, note: 'slide 27: "derived"' }
          : row)
    expect(checkBudgets(table).filter(r => !r.ok)).toEqual([
      { name: 'first slide visible ≤ 0.8× reference', ok: false, detail: '0.90×' },
      { name: 'smallest text on any slide ≥ 2.4% of its height', ok: false, detail: '2.30% (slide 27: "derived")' },
      { name: 'phone: reading view\'s first screen bytes ≤ the slide view\'s first slide', ok: false, detail: '1.20×' },
    ])
  })

  it('miss a metric the bench did not measure, and leave out one it skipped on purpose', () => {
    const table = passingTable().filter(row => row.metric !== 'export s/page' && row.metric !== 'click → step p95 ms')
    expect(checkBudgets(table, ['export s/page']).filter(r => !r.ok)).toEqual([
      { name: 'click → step p95 < 16 ms', ok: false, detail: 'not measured (click → step p95 ms)' },
    ])
    expect(checkBudgets(table, ['export s/page']).map(r => r.name)).not.toContain('export ≤ 1.5 s per page')
  })
})
