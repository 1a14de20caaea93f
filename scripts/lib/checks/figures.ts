import type { DeckData, DeckInput, Problem } from './input'
import { formatMetric, validateMetric } from 'slidev-addon-talk-engine'
import { numberedNames } from '../../../data/names'
import { TIMING_CUE_TEXT } from '../../../setup/reading-notes'
import { SHOWN_HEADMATTER } from './input'

export interface FigureCatalog {
  /** `99.90%` → where data/ holds it. Text as written, suffix optional. */
  percents: Map<string, string>
  /** Percentages allowed only on a line that labels them "reference" (yardsticks, not achievements). */
  references: Map<string, string>
  /** Millions as `3.39` (shown as `3.39M` or `3.39 million`). */
  millions: Map<string, string>
  /** `50+` counts. */
  plus: Map<string, string>
  years: Set<number>
  /** `≈37×` multipliers. */
  times: Map<string, string>
  /** Any other number of two or more digits that data/ states. */
  numbers: Set<string>
  /** For "did you mean": every percent metric with its label. */
  percentMetrics: { id: string, text: string, value: number, label: string }[]
}

/** Every figure a slide may state, from data/ (metrics, derived insights, career dates). */
export function figureCatalog(data: DeckData): FigureCatalog {
  const catalog: FigureCatalog = {
    percents: new Map(),
    references: new Map(),
    millions: new Map(),
    plus: new Map(),
    years: new Set(),
    times: new Map(),
    numbers: new Set(),
    percentMetrics: [],
  }
  for (const [id, metric] of Object.entries(data.metrics)) {
    // A metric that does not format is the counters rule's finding; here it simply holds no figure.
    const check = validateMetric(id, undefined, data.metrics)
    if (!check.ok)
      continue
    const text = check.text
    const from = `data/metrics.ts ${id}`
    const bare = metric.format.suffix
      ? text.slice(0, -metric.format.suffix.length)
      : text
    if (metric.format.style === 'percent') {
      catalog.percents.set(text, from)
      catalog.percents.set(bare, from)
      catalog.percentMetrics.push({
        id,
        text,
        value: metric.value,
        label: metric.label,
      })
    }
    else if (metric.format.style === 'millions') {
      catalog.millions.set(bare.replace(/M$/, ''), from)
      catalog.numbers.add(String(metric.value))
    }
    else {
      if (metric.format.suffix === '+')
        catalog.plus.set(text, from)
      catalog.numbers.add(bare)
    }
  }
  // Defaults read the same root's data/metrics.ts; broken rates hold no derived figures.
  try {
    const story = data.derived.reliabilityStory()
    catalog.percents.set(story.failureBeforeText, 'data/derived.ts reliabilityStory().failureBeforeText')
    catalog.percents.set(story.failureAfterText, 'data/derived.ts reliabilityStory().failureAfterText')
    catalog.times.set(String(Math.round(story.reduction)), 'data/derived.ts reliabilityStory().reductionText')
    catalog.times.set(String(story.reduction), 'data/derived.ts reliabilityStory().reduction')
    catalog.numbers.add(String(story.failedPer10kBefore))
    catalog.numbers.add(String(story.failedPer10kAfter))
  }
  catch {}
  for (const level of data.derived.referenceSloLevels)
    catalog.references.set(formatMetric(level.value, level.format), `data/derived.ts referenceSloLevels (${level.name})`)
  for (const step of data.career) {
    for (const date of [step.from, step.to]) {
      const year = /\d{4}/.exec(date)?.[0]
      if (year)
        catalog.years.add(Number(year))
    }
    // Numbers inside sourced text (e.g. a course code) count as data too.
    for (const n of `${step.role} ${step.work} ${step.org ?? ''}`.match(/\d+/g) ?? [])
      catalog.numbers.add(n)
  }
  for (const era of Object.values(data.eras)) {
    for (const year of era.span.match(/\b(?:19|20)\d{2}\b/g) ?? [])
      catalog.years.add(Number(year))
  }
  return catalog
}

/** The text a person sees or hears; every line break is kept, so a figure's line is countable. */
export function visibleText(raw: string): string {
  const keepLines = (s: string) => s.replace(/[^\n]/g, ' ')
  return raw
    // Code blocks are not figures anyone states.
    .replace(/^(`{3,}|~{3,})[^`~\n]*\n[\s\S]*?^\1\s*$/gm, keepLines)
    // Comment markers only: the last comment is the speaker note.
    .replace(/<!--|-->/g, '    ')
    // Tags and their attributes, keeping the text a screen reader announces.
    .replace(/<\/?[A-Z][^>]*>/gi, (tag) => {
      const spoken = [
        ...tag.matchAll(/\b(?:aria-label|alt|title)\s*=\s*"([^"]*)"/g),
      ].map(m => m[1]).join(' ')
      return `${spoken} ${'\n'.repeat(tag.match(/\n/g)?.length ?? 0)}`
    })
    // Link targets are addresses, not figures.
    .replace(/\]\([^)]*\)/g, keepLines)
}

export interface Figure {
  text: string
  /** Offset in the scanned text. */
  index: number
  problem?: string
}

const NUMBER = String.raw`\d+(?:[.,]\d+)*`
/** `Route 53` → /\bRoute\s?53\b/: the names of data/names.ts, a space in them optional. */
const NUMBERED_NAMES = new RegExp(numberedNames.map(name => String.raw`\b${name.replace(/ /g, String.raw`\s?`)}\b`).join('|'), 'g')

/** Checks each figure in `text` against the catalog; `problem` says why a figure is not from data/. */
export function findFigures(text: string, catalog: FigureCatalog): Figure[] {
  const figures: Figure[] = []
  const taken: [number, number][] = []
  const free = (start: number, end: number) => taken.every(([s, e]) => end <= s || start >= e)
  const lineOf = (index: number) => {
    const start = text.lastIndexOf('\n', index) + 1
    const end = text.indexOf('\n', index)
    return text.slice(start, end < 0
      ? undefined
      : end)
  }
  const scan = (pattern: RegExp, judge: (m: RegExpMatchArray, line: string) => string | undefined | null) => {
    for (const m of text.matchAll(pattern)) {
      const start = m.index!
      const end = start + m[0].length
      if (!free(start, end))
        continue
      const problem = judge(m, lineOf(start))
      taken.push([start, end])
      if (problem === null)
        continue
      figures.push({
        text: m[0].trim(),
        index: start,
        problem,
      })
    }
  }

  // Product names are words, not figures.
  scan(NUMBERED_NAMES, () => null)
  scan(new RegExp(String.raw`(?<![\w.])(${NUMBER})\s?%(\+)?`, 'g'), (m, line) => {
    const text = `${m[1]}%${m[2] ?? ''}`
    if (catalog.percents.has(text))
      return undefined
    if (catalog.references.has(text) && /reference/i.test(line))
      return undefined
    return `${text} is not a figure in data/; ${nearestPercent(Number(m[1]), line, catalog)}`
  })
  scan(new RegExp(String.raw`(?<![\w.])(${NUMBER})\s?(M\b|million\b)`, 'g'), (m) => {
    if (catalog.millions.has(m[1]))
      return undefined
    const known = [...catalog.millions].map(([v, from]) => `${v}M (${from})`).join(', ')
    return `${m[1]}${m[2] === 'M'
      ? 'M'
      : ' million'} is not a figure in data/; data/ holds ${known}`
  })
  scan(new RegExp(String.raw`(?<![\w.])(${NUMBER})\s?(?:aggregate\s+|average\s+|avg\s+)?RPS\b`, 'g'), (m) => {
    const value = Number(m[1].replace(/,/g, ''))
    if (catalog.numbers.has(String(value)))
      return undefined
    return `${m[0].trim()} is not a figure in data/; write RPS as the metric's millions (${[
      ...catalog.millions.keys(),
    ].map(v => `${v}M`).join(', ')})`
  })
  scan(/(?<![\w.])(\d+)\+/g, (m) => {
    if (catalog.plus.has(m[0]))
      return undefined
    return `${m[0]} is not a count in data/; data/metrics.ts has ${[
      ...catalog.plus.keys(),
    ].join(', ')}`
  })
  scan(/[≈~]?(?<![\w.])(\d+(?:\.\d+)?)\s?[×x](?!\w)/g, (m) => {
    if (catalog.times.has(m[1]))
      return undefined
    return `${m[0]} is not a ratio in data/; data/derived.ts gives ${[
      ...catalog.times.keys(),
    ].map(v => `${v}×`).join(' or ')}`
  })
  scan(/(?<![\w.\-/:#])((?:19|20)\d{2})(?![\w.\-/:])/g, (m) => {
    if (catalog.years.has(Number(m[1])))
      return undefined
    return `${m[1]} is not a year in data/career.ts (years there: ${[...catalog.years].sort().join(', ')})`
  })
  scan(/(?<![\w.\-/:#@])(\d{2,}(?:,\d{3})*)(?![\w\-/:]|[.,]\d)/g, (m) => {
    const value = m[1].replace(/,/g, '')
    if (catalog.numbers.has(value))
      return undefined
    return `${m[1]} is not a figure in data/ (metric values, derived values and career text)`
  })
  return figures.sort((a, b) => a.index - b.index)
}

/** "Did you mean": the percent metric whose label shares the most words with the line, then the nearest value. */
function nearestPercent(value: number, line: string, catalog: FigureCatalog): string {
  const words = new Set(line.toLowerCase().match(/[a-z-]{4,}/g) ?? [])
  const score = (label: string) => (label.toLowerCase().match(/[a-z-]{4,}/g) ?? []).filter(w => words.has(w)).length
  const best = [...catalog.percentMetrics].sort((a, b) => score(b.label) - score(a.label) || Math.abs(a.value - value) - Math.abs(b.value - value))[0]
  return best
    ? `data/metrics.ts has ${best.id} = ${best.text} (${best.label})`
    : 'data/metrics.ts has no percentages'
}

/**
 * The "About 40 seconds." pacing cue that opens a note is stage direction, not a figure; its words are
 * the ones the reading view leaves out of the note (setup/reading-notes.ts).
 */
export const TIMING_CUE = new RegExp(String.raw`^\s*\*\*${TIMING_CUE_TEXT.source}\*\*\s*$`, 'gm')

/** Keys of slide frontmatter and headmatter that a layout shows on screen. */
export const SHOWN_KEYS = [
  'title',
  'info',
  'kicker',
  'author',
  'subtitle',
  'description',
]

/** Every figure on a slide (body, note, shown frontmatter) and in the headmatter comes from data/. */
export function checkFigures(deck: Pick<DeckInput, 'slides' | 'headmatter' | 'data'>): Problem[] {
  const catalog = figureCatalog(deck.data)
  const problems: Problem[] = []
  for (const slide of deck.slides) {
    const end = /^---\r?\n[\s\S]*?\n---\r?\n/.exec(slide.raw)?.[0].length ?? 0
    const frontmatter = slide.raw.slice(0, end).split('\n').map(line => SHOWN_KEYS.some(key => line.startsWith(`${key}:`))
      ? line.replace(/^\w+:/, '')
      : line.replace(/[^\n]/g, ' ')).join('\n')
    const text = frontmatter + visibleText(slide.raw.slice(end)).replace(TIMING_CUE, s => s.replace(/./g, ' '))
    for (const figure of findFigures(text, catalog)) {
      if (figure.problem) {
        problems.push({
          rule: 'figures',
          file: slide.file,
          line: slide.line + (text.slice(0, figure.index).match(/\n/g)?.length ?? 0),
          slide: slide.no,
          message: figure.problem,
        })
      }
    }
  }
  const { headmatter } = deck
  for (const key of SHOWN_HEADMATTER) {
    const value = key.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], headmatter.data)
    if (typeof value !== 'string')
      continue
    const from = (headmatter.lines[key] ?? 2) - 2
    for (const figure of findFigures(value, catalog)) {
      if (!figure.problem)
        continue
      // The first line from the key on that states the figure.
      const at = headmatter.text.findIndex((line, i) => i >= from && line.includes(figure.text))
      problems.push({
        rule: 'figures',
        file: headmatter.file,
        line: (at < 0
          ? from
          : at) + 2,
        message: `headmatter ${key}: ${figure.problem}`,
      })
    }
  }
  return problems
}
