import type { CareerStep, Era } from './career'
import type { Metric, MetricFormat } from './metrics'
import { career, eras } from './career'
import { metrics } from './metrics'

/**
 * Insights computed from the sourced facts in `metrics.ts` and `career.ts`.
 * Nothing here is a new fact: every number is arithmetic on a sourced one,
 * and slides must label it as derived.
 */

function decimalsOf(format: MetricFormat): number {
  return format.style === 'integer'
    ? 0
    : format.decimals
}

/** Rounds away binary noise (100 − 96.33 = 3.6700000000000017) at the precision the source states. */
function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals
  return Math.round(value * factor) / factor
}

/** Share of requests that failed, in percent, at the precision of the success rate. */
export function failureRate(successPercent: number, decimals: number): number {
  if (!Number.isFinite(successPercent) || successPercent < 0 || successPercent > 100)
    throw new RangeError(`failureRate: success rate must be within 0–100%, got ${successPercent}`)
  return roundTo(100 - successPercent, decimals)
}

export interface ReliabilityStory {
  failureBefore: number
  failureAfter: number
  /** Same precision as the success rates, e.g. `3.67%`. */
  failureBeforeText: string
  failureAfterText: string
  /** Failed requests per 10,000 (before / after); the unit people can picture. */
  failedPer10kBefore: number
  failedPer10kAfter: number
  /** How many times lower the failure rate is, e.g. 36.7 (a rate: the sources give no request counts). */
  reduction: number
  /** `≈37×` */
  reductionText: string
}

export function reliabilityStory(
  before: Metric = metrics.successRateBefore,
  after: Metric = metrics.successRateAfter,
): ReliabilityStory {
  const decimals = Math.max(decimalsOf(before.format), decimalsOf(after.format))
  const failureBefore = failureRate(before.value, decimals)
  const failureAfter = failureRate(after.value, decimals)
  if (failureAfter <= 0)
    throw new RangeError('reliabilityStory: a 100% success rate has no failure ratio')
  const reduction = roundTo(failureBefore / failureAfter, 1)
  return {
    failureBefore,
    failureAfter,
    failureBeforeText: `${failureBefore.toFixed(decimals)}%`,
    failureAfterText: `${failureAfter.toFixed(decimals)}%`,
    failedPer10kBefore: Math.round(failureBefore * 100),
    failedPer10kAfter: Math.round(failureAfter * 100),
    reduction,
    reductionText: `≈${Math.round(reduction)}×`,
  }
}

/** Julian year, the usual basis of SLO downtime tables. */
export const MINUTES_PER_YEAR = 365.25 * 24 * 60
export const MINUTES_PER_MONTH = MINUTES_PER_YEAR / 12

export interface DowntimeBudget {
  perYearMinutes: number
  perMonthMinutes: number
}

/** Downtime an availability level allows: 99.999% → about 5.26 min a year. */
export function downtimeBudget(availabilityPercent: number): DowntimeBudget {
  if (!Number.isFinite(availabilityPercent) || availabilityPercent <= 0 || availabilityPercent > 100)
    throw new RangeError(`downtimeBudget: availability must be within (0, 100]%, got ${availabilityPercent}`)
  const unavailable = (100 - availabilityPercent) / 100
  return {
    perYearMinutes: unavailable * MINUTES_PER_YEAR,
    perMonthMinutes: unavailable * MINUTES_PER_MONTH,
  }
}

/** Three significant figures in the largest unit that keeps the number ≥ 1: `8.77 h`, `5.26 min`, `26.3 s`. */
export function formatDuration(minutes: number): string {
  if (!Number.isFinite(minutes) || minutes < 0)
    throw new RangeError(`formatDuration: expected minutes ≥ 0, got ${minutes}`)
  if (minutes === 0)
    return '0 s'
  const sig = (n: number) => String(Number(n.toPrecision(3)))
  if (minutes >= 24 * 60)
    return `${sig(minutes / (24 * 60))} d`
  if (minutes >= 120)
    return `${sig(minutes / 60)} h`
  if (minutes >= 1)
    return `${sig(minutes)} min`
  return `${sig(minutes * 60)} s`
}

/**
 * Common SLO levels to compare the target against. They are yardsticks, not
 * achievements; slides must label them "reference SLO".
 */
export const referenceSloLevels: { value: number, format: MetricFormat, name: string }[] = [
  {
    value: 99.9,
    format: { style: 'percent', decimals: 1 },
    name: 'three nines',
  },
  {
    value: 99.99,
    format: { style: 'percent', decimals: 2 },
    name: 'four nines',
  },
]

export interface BudgetRow extends DowntimeBudget {
  value: number
  format: MetricFormat
  name: string
  kind: 'target' | 'reference'
  perYearText: string
  perMonthText: string
  /** Year budget relative to the loosest row (0–1], for bar lengths. */
  share: number
}

/** The availability target against the reference levels, loosest first. */
export function availabilityBudgets(
  target: Metric = metrics.availabilityTarget,
  references = referenceSloLevels,
): BudgetRow[] {
  const levels = [
    ...references.map(r => ({ ...r, kind: 'reference' as const })),
    {
      value: target.value,
      format: target.format,
      name: 'target',
      kind: 'target' as const,
    },
  ].sort((a, b) => a.value - b.value)
  const rows = levels.map((level) => {
    const budget = downtimeBudget(level.value)
    return {
      ...level,
      ...budget,
      perYearText: formatDuration(budget.perYearMinutes),
      perMonthText: formatDuration(budget.perMonthMinutes),
      share: 0,
    }
  })
  const loosest = Math.max(...rows.map(r => r.perYearMinutes))
  for (const row of rows) {
    row.share = loosest > 0
      ? row.perYearMinutes / loosest
      : 0
  }
  return rows
}

const MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
]

/**
 * A career date as a fractional year. `edge` says which side of the period
 * it bounds: `Dec 2016` ends at 2017.0, `2016` (year only) ends at 2017.0 and
 * starts at 2016.0; `today` is the given date.
 */
export function careerYear(text: string, edge: 'start' | 'end', today: Date): number {
  if (text.trim().toLowerCase() === 'today')
    return today.getUTCFullYear() + (today.getUTCMonth() + today.getUTCDate() / 31) / 12
  const match = /^(?:([A-Z][a-z]{2}) )?(\d{4})$/.exec(text.trim())
  if (!match)
    throw new Error(`careerYear: cannot read date "${text}" (expected "2016", "Dec 2016" or "today")`)
  const year = Number(match[2])
  const month = match[1] === undefined
    ? undefined
    : MONTHS.indexOf(match[1])
  if (month === -1)
    throw new Error(`careerYear: unknown month in "${text}"`)
  if (month === undefined) {
    return edge === 'start'
      ? year
      : year + 1
  }
  return year + (edge === 'start'
    ? month
    : month + 1) / 12
}

export interface TimelineRow extends CareerStep {
  start: number
  end: number
}

export interface TimelineEra {
  era: Era
  label: string
  span: string
  rows: TimelineRow[]
}

export interface Timeline {
  /** Axis bounds in years: first start, and the year after the last end. */
  min: number
  max: number
  /** Whole years for the axis ticks. */
  ticks: number[]
  eras: TimelineEra[]
}

/** Career rows placed on a year axis and grouped by era in story order. */
export function careerTimeline(rows: CareerStep[] = career, today = new Date()): Timeline {
  if (rows.length === 0)
    throw new Error('careerTimeline: no career rows')
  const placed = rows.map((row) => {
    const start = careerYear(row.from, 'start', today)
    const end = careerYear(row.to, 'end', today)
    if (end < start)
      throw new Error(`careerTimeline: "${row.role}" ends (${row.to}) before it starts (${row.from})`)
    return { ...row, start, end }
  })
  const min = Math.floor(Math.min(...placed.map(r => r.start)))
  const max = Math.ceil(Math.max(...placed.map(r => r.end)))
  const ticks = Array.from({ length: max - min + 1 }, (_, i) => min + i)
  const order = [
    ...new Set(placed.map(r => r.era)),
  ]
  return {
    min,
    max,
    ticks,
    eras: order.map(era => ({
      era,
      ...eras[era],
      rows: placed.filter(r => r.era === era),
    })),
  }
}
