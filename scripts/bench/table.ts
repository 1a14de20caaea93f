import type { SmallestText } from './reading'
import type { Measured } from './run'
import { median } from './measure'

/** One metric: the median of our samples and of the reference deck's, and ours ÷ the reference's. */
export interface Row {
  metric: string
  ours: number
  reference: number
  ratio: number
  runs: number
  /** Where the value was found (a slide, a text), for the budget that reads it. */
  note?: string
}

/** The table of medians, one row per metric either deck recorded, in the order they were first recorded. */
export function tableOf({ samples, notes }: Pick<Measured, 'samples' | 'notes'>): Row[] {
  const metrics = [
    ...new Set([
      ...Object.keys(samples.ours),
      ...Object.keys(samples.reference),
    ]),
  ]
  return metrics.map((metric) => {
    const a = samples.ours[metric] ?? []
    const b = samples.reference[metric] ?? []
    const ours = a.length
      ? median(a)
      : Number.NaN
    const reference = b.length
      ? median(b)
      : Number.NaN
    return {
      metric,
      ours,
      reference,
      ratio: ours / reference,
      runs: a.length,
      ...notes[metric] && { note: notes[metric] },
    }
  })
}

/** The phone's rows, ours against ours: the reading view's metric and the slide view's beside it. */
const PHONE_ROWS = [
  ...['ms', 'KB', 'requests'].map(unit => ({
    what: `first screen ${unit}`,
    reading: `phone: reading view first screen ${unit}`,
    slides: `phone: slide view first slide ${unit}`,
  })),
  ...[
    ['smallest text px', 'smallest text px'],
    ['median text px (by character)', 'median text px'],
    ['smallest diagram label px', 'smallest diagram label px'],
  ].map(([what, metric]) => ({
    what: what!,
    reading: `phone: reading view ${metric}`,
    slides: `phone: slide view ${metric}`,
  })),
]

/** Counts print as counts (31 requests, not 31.00). */
function format(n: number) {
  return Number.isNaN(n)
    ? '—'
    : n >= 100 || Number.isInteger(n)
      ? n.toFixed(0)
      : n.toFixed(2)
}

/** The bench's tables in Markdown: ours against the reference, the phone's two views, the smallest text of each slide. */
export function formatTables(rows: Row[], { runs, pageLoads, smallest }: { runs: number, pageLoads: number, smallest: SmallestText[] }): string {
  const value = (metric: string) => rows.find(row => row.metric === metric)?.ours ?? Number.NaN
  return [
    `| metric (median of ${runs} runs, page loads ${pageLoads} a run) | ours | reference | ratio |`,
    '| --- | ---: | ---: | ---: |',
    // The phone's rows are ours against ours: their own table below.
    ...rows.filter(row => !row.metric.startsWith('phone: '))
      .map(row => `| ${row.metric} | ${format(row.ours)} | ${format(row.reference)} | ${format(row.ratio)} |`),
    '',
    `| on a phone (390×844, CPU 4× slower, slow 4G; median of ${runs} runs) | reading view | slide view | ratio |`,
    '| --- | ---: | ---: | ---: |',
    ...PHONE_ROWS.map(({ what, reading, slides }) => `| ${what} | ${format(value(reading))} | ${format(value(slides))} | ${format(value(reading) / value(slides))} |`),
    '',
    '| slide | file | smallest text, % of slide height | at click | text |',
    '| ---: | --- | ---: | ---: | --- |',
    ...smallest.map(s => `| ${s.no} | ${s.file} | ${(s.share * 100).toFixed(2)} | ${s.clicks} | ${s.text.replace(/\|/g, '\\|')} |`),
  ].join('\n')
}
