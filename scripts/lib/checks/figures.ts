import type { DeckData, DeckInput, Problem } from './input'
import { formatMetric, validateMetric } from 'slidev-addon-talk-engine'
import { numberedNames } from '../../../data/names'
import { TIMING_CUE_TEXT } from '../../../setup/reading-notes'
import { keyLines } from '../headmatter'
import { newlines, slideBody } from './helpers'
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
function figureCatalog(data: DeckData): FigureCatalog {
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
  // Defaults read the same root's data/metrics.ts. Success rates the story cannot use throw here, and the
  // rule fails with that message (runRules): the derived figures could not be checked.
  const story = data.derived.reliabilityStory()
  catalog.percents.set(story.failureBeforeText, 'data/derived.ts reliabilityStory().failureBeforeText')
  catalog.percents.set(story.failureAfterText, 'data/derived.ts reliabilityStory().failureAfterText')
  catalog.times.set(String(Math.round(story.reduction)), 'data/derived.ts reliabilityStory().reductionText')
  catalog.times.set(String(story.reduction), 'data/derived.ts reliabilityStory().reduction')
  catalog.numbers.add(String(story.failedPer10kBefore))
  catalog.numbers.add(String(story.failedPer10kAfter))
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

/**
 * How a kind of figure is judged: `undefined` when `data/` holds it, why not when it does not, `null`
 * when the match is no figure at all (a product name).
 */
type Judge = (m: RegExpMatchArray, line: string, catalog: FigureCatalog) => string | undefined | null

const productName: Judge = () => null

const percent: Judge = (m, line, catalog) => {
  const text = `${m[1]}%${m[2] ?? ''}`
  if (catalog.percents.has(text) || (catalog.references.has(text) && /reference/i.test(line)))
    return undefined
  return `${text} is not a figure in data/; ${nearestPercent(Number(m[1]), line, catalog)}`
}

const millions: Judge = (m, _, catalog) => catalog.millions.has(m[1]!)
  ? undefined
  : `${m[1]}${m[2] === 'M'
    ? 'M'
    : ' million'} is not a figure in data/; data/ holds ${[...catalog.millions].map(([v, from]) => `${v}M (${from})`).join(', ')}`

const rps: Judge = (m, _, catalog) => catalog.numbers.has(String(Number(m[1]!.replace(/,/g, ''))))
  ? undefined
  : `${m[0].trim()} is not a figure in data/; write RPS as the metric's millions (${[
    ...catalog.millions.keys(),
  ].map(v => `${v}M`).join(', ')})`

const plusCount: Judge = (m, _, catalog) => catalog.plus.has(m[0])
  ? undefined
  : `${m[0]} is not a count in data/; data/metrics.ts has ${[
    ...catalog.plus.keys(),
  ].join(', ')}`

const ratio: Judge = (m, _, catalog) => catalog.times.has(m[1]!)
  ? undefined
  : `${m[0]} is not a ratio in data/; data/derived.ts gives ${[
    ...catalog.times.keys(),
  ].map(v => `${v}×`).join(' or ')}`

const year: Judge = (m, _, catalog) => catalog.years.has(Number(m[1]))
  ? undefined
  : `${m[1]} is not a year in data/career.ts (years there: ${[...catalog.years].sort().join(', ')})`

const otherNumber: Judge = (m, _, catalog) => catalog.numbers.has(m[1]!.replace(/,/g, ''))
  ? undefined
  : `${m[1]} is not a figure in data/ (metric values, derived values and career text)`

const NUMBER = String.raw`\d+(?:[.,]\d+)*`
/** `Route 53` → /\bRoute\s?53\b/: the names of data/names.ts, a space in them optional. */
const NUMBERED_NAMES = new RegExp(numberedNames.map(name => String.raw`\b${name.replace(/ /g, String.raw`\s?`)}\b`).join('|'), 'g')

/** The kinds of figure, in order: the first to match a stretch of text judges it, and no later one sees it. */
const JUDGES: { pattern: RegExp, judge: Judge }[] = [
  { pattern: NUMBERED_NAMES, judge: productName },
  {
    pattern: new RegExp(String.raw`(?<![\w.])(${NUMBER})\s?%(\+)?`, 'g'),
    judge: percent,
  },
  {
    pattern: new RegExp(String.raw`(?<![\w.])(${NUMBER})\s?(M\b|million\b)`, 'g'),
    judge: millions,
  },
  {
    pattern: new RegExp(String.raw`(?<![\w.])(${NUMBER})\s?(?:aggregate\s+|average\s+|avg\s+)?RPS\b`, 'g'),
    judge: rps,
  },
  { pattern: /(?<![\w.])(\d+)\+/g, judge: plusCount },
  { pattern: /[≈~]?(?<![\w.])(\d+(?:\.\d+)?)\s?[×x](?!\w)/g, judge: ratio },
  { pattern: /(?<![\w.\-/:#])((?:19|20)\d{2})(?![\w.\-/:])/g, judge: year },
  { pattern: /(?<![\w.\-/:#@])(\d{2,}(?:,\d{3})*)(?![\w\-/:]|[.,]\d)/g, judge: otherNumber },
]

/** The line of `text` that holds `index`. */
function lineAt(text: string, index: number): string {
  const end = text.indexOf('\n', index)
  return text.slice(text.lastIndexOf('\n', index) + 1, end < 0
    ? undefined
    : end)
}

/** Checks each figure in `text` against the catalog; `problem` says why a figure is not from data/. */
function findFigures(text: string, catalog: FigureCatalog): Figure[] {
  const figures: Figure[] = []
  const taken: [number, number][] = []
  for (const { pattern, judge } of JUDGES) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index
      const end = start + m[0].length
      if (taken.some(([s, e]) => start < e && end > s))
        continue
      taken.push([start, end])
      const problem = judge(m, lineAt(text, start), catalog)
      if (problem !== null) {
        figures.push({
          text: m[0].trim(),
          index: start,
          problem,
        })
      }
    }
  }
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

/** The line, counted from 0 in `lines`, that states `figure`: the first from the key's own line on. */
function figureLine(lines: string[], from: number, figure: Figure): number {
  const at = lines.findIndex((line, i) => i >= from && line.includes(figure.text))
  return at < 0
    ? from
    : at
}

/** Every figure on a slide (body, note, shown frontmatter) and in the headmatter comes from data/. */
export function checkFigures(deck: Pick<DeckInput, 'slides' | 'headmatter' | 'data'>): Problem[] {
  const catalog = figureCatalog(deck.data)
  const problems: Problem[] = []
  const wrong = (text: string) => findFigures(text, catalog).filter(figure => figure.problem)
  for (const slide of deck.slides) {
    // The slide's own frontmatter as Slidev parsed it (slide 1's merged one also holds the headmatter, checked below).
    const { frontmatter, frontmatterRaw = '', frontmatterDoc } = slide.parsed.source
    const raw = frontmatterRaw.split('\n')
    const keys = keyLines(frontmatterDoc?.contents, offset => newlines(frontmatterRaw.slice(0, offset)))
    for (const key of SHOWN_KEYS) {
      const value = frontmatter[key]
      if (typeof value !== 'string')
        continue
      for (const figure of wrong(value)) {
        // The frontmatter's lines start on the slide's second, after its `---`.
        problems.push({
          rule: 'figures',
          file: slide.file,
          line: slide.line + 1 + figureLine(raw, keys[key] ?? 0, figure),
          slide: slide.no,
          message: figure.problem!,
        })
      }
    }
    const body = slideBody(slide)
    const text = visibleText(body.text).replace(TIMING_CUE, cue => cue.replace(/./g, ' '))
    for (const figure of wrong(text)) {
      problems.push({
        rule: 'figures',
        file: slide.file,
        line: body.line + newlines(text.slice(0, figure.index)),
        slide: slide.no,
        message: figure.problem!,
      })
    }
  }
  const { headmatter } = deck
  for (const key of SHOWN_HEADMATTER) {
    const value = key.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], headmatter.data)
    if (typeof value !== 'string')
      continue
    // `text[i]` is the file's line i + 2.
    for (const figure of wrong(value)) {
      problems.push({
        rule: 'figures',
        file: headmatter.file,
        line: figureLine(headmatter.text, (headmatter.lines[key] ?? 2) - 2, figure) + 2,
        message: `headmatter ${key}: ${figure.problem}`,
      })
    }
  }
  return problems
}
