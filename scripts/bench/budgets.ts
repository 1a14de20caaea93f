import type { Row } from './table'
import { TEXT_MEDIAN_PX, TEXT_MIN_PX } from '../lib/legibility'

/**
 * A budget the bench holds our deck to: a row of its table (ours), on its own or divided by a baseline,
 * compared with `limit`. The bench's check and the README's list both read `BUDGETS`.
 */
export interface Budget {
  /** The table row the budget reads: our value of it. */
  metric: string
  /** Divide by the reference deck's value of the same row, or by ours of another row: the budget is a ratio. */
  against?: 'reference' | { metric: string }
  comparison: '<' | '≤' | '≥' | '='
  limit: number
  /** The unit the value is printed in when the budget is not a ratio. */
  unit?: 'ms' | 's' | '%' | 'px'
  /** The budget in words, `{limit}` where the limit stands. */
  text: string
}

const PHONE_SLIDES = (unit: string) => ({ metric: `phone: slide view first slide ${unit}` })

export const BUDGETS: Budget[] = [
  {
    metric: 'rebuild s',
    against: 'reference',
    comparison: '≤',
    limit: 1.25,
    text: 'rebuild (diagrams unchanged) ≤ {limit}× reference',
  },
  {
    metric: 'first slide visible ms',
    against: 'reference',
    comparison: '≤',
    limit: 0.8,
    text: 'first slide visible ≤ {limit}× reference',
  },
  {
    metric: 'first slide KB',
    against: 'reference',
    comparison: '≤',
    limit: 0.7,
    text: 'bytes to first slide ≤ {limit}× reference',
  },
  {
    metric: 'diagram slide drawn ms',
    against: 'reference',
    comparison: '≤',
    limit: 0.6,
    text: 'diagram slide opened by URL, drawn ≤ {limit}× reference',
  },
  {
    metric: 'diagram slide KB',
    against: 'reference',
    comparison: '≤',
    limit: 0.5,
    text: 'bytes to a drawn diagram slide ≤ {limit}× reference',
  },
  // Diagrams are drawn at build time: no slide of the built deck waits for Mermaid or its ELK layout.
  {
    metric: 'first slide loads Mermaid',
    comparison: '=',
    limit: 0,
    text: 'first slide loads no Mermaid or ELK code',
  },
  {
    metric: 'diagram slide loads Mermaid',
    comparison: '=',
    limit: 0,
    text: 'diagram slide loads no Mermaid or ELK code',
  },
  {
    metric: 'click → step p95 ms',
    comparison: '<',
    limit: 16,
    unit: 'ms',
    text: 'click → step p95 < {limit} ms',
  },
  // Frame gaps at 60 Hz read 16.6–16.8 ms on the page's 0.1 ms clock; a dropped frame reads 33 ms.
  {
    metric: 'camera move frame p95 ms',
    comparison: '<',
    limit: 20,
    unit: 'ms',
    text: 'camera move drops no frame (gap p95 < {limit} ms)',
  },
  {
    metric: 'smallest text % of slide height',
    comparison: '≥',
    limit: 2.4,
    unit: '%',
    text: 'smallest text on any slide ≥ {limit}% of its height',
  },
  {
    metric: 'export s/page',
    comparison: '≤',
    limit: 1.5,
    unit: 's',
    text: 'export ≤ {limit} s per page',
  },
  // The phone: the reading view's first screen against the slide view's first slide, both ours, throttled.
  {
    metric: 'phone: reading view first screen ms',
    against: PHONE_SLIDES('ms'),
    comparison: '≤',
    limit: 1,
    text: 'phone: reading view\'s first screen time ≤ the slide view\'s first slide',
  },
  {
    metric: 'phone: reading view first screen KB',
    against: PHONE_SLIDES('KB'),
    comparison: '≤',
    limit: 1,
    text: 'phone: reading view\'s first screen bytes ≤ the slide view\'s first slide',
  },
  {
    metric: 'phone: reading view smallest text px',
    comparison: '≥',
    // The reading view's browser test holds the same limits.
    limit: TEXT_MIN_PX,
    unit: 'px',
    text: 'phone: smallest text of the reading view ≥ {limit} px',
  },
  {
    metric: 'phone: reading view median text px',
    comparison: '≥',
    limit: TEXT_MEDIAN_PX,
    unit: 'px',
    text: 'phone: median text of the reading view ≥ {limit} px',
  },
]

/** A budget's words with its limit. */
export function budgetText(budget: Budget): string {
  return budget.text.replace('{limit}', String(budget.limit))
}

export interface BudgetResult {
  name: string
  ok: boolean
  /** The measured value, and the row's note (which slide, which text). */
  detail: string
}

const meets: Record<Budget['comparison'], (value: number, limit: number) => boolean> = {
  '<': (value, limit) => value < limit,
  '≤': (value, limit) => value <= limit,
  '≥': (value, limit) => value >= limit,
  '=': (value, limit) => value === limit,
}

const DIGITS: Record<NonNullable<Budget['unit']>, number> = { 'ms': 1, 's': 2, '%': 2, 'px': 1 }

/**
 * Each budget against the table. A budget on a metric in `skipped` (not measured on purpose, as
 * `--skip-export` skips the exports) is left out; a metric missing otherwise misses its budget.
 */
export function checkBudgets(rows: Row[], skipped: string[] = []): BudgetResult[] {
  const row = (metric: string) => rows.find(r => r.metric === metric)
  return BUDGETS.filter(budget => !skipped.includes(budget.metric)).map((budget) => {
    const name = budgetText(budget)
    const measured = row(budget.metric)
    const base = budget.against === 'reference'
      ? measured?.reference
      : budget.against && row(budget.against.metric)?.ours
    const value = budget.against
      ? (measured?.ours ?? Number.NaN) / (base ?? Number.NaN)
      : measured?.ours ?? Number.NaN
    if (Number.isNaN(value))
      return { name, ok: false, detail: `not measured (${[budget.metric, typeof budget.against === 'object' && budget.against.metric].filter(Boolean).join(', ')})` }
    const shown = budget.against
      ? `${value.toFixed(2)}×`
      : budget.unit
        ? `${value.toFixed(DIGITS[budget.unit])}${budget.unit === '%'
          ? ''
          : ' '}${budget.unit}`
        : String(value)
    return {
      name,
      ok: meets[budget.comparison](value, budget.limit),
      detail: measured?.note
        ? `${shown} (${measured.note})`
        : shown,
    }
  })
}
