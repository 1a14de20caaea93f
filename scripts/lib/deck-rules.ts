import type { CareerStep } from '../../data/career'
import type { DiagramSpec } from '../../data/diagrams/types'
import type { Metric } from '../../data/metrics'
import type { DeckSlide } from './deck'
import type { Headmatter } from './headmatter'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { extname, join, relative, resolve } from 'node:path'
import { parseTimeString } from '@slidev/parser/utils'
import { formatMetric, validateMetric } from 'slidev-addon-talk-engine'
import { checkDiagrams, installDomForMermaid } from './check-diagrams'
import { loadDeck } from './deck'
import { readHeadmatter } from './headmatter'

/**
 * The rules behind `scripts/check-deck.ts`. Each rule is a function of a
 * loaded deck (`DeckInput`: slides, headmatter, source files, data/), so a test
 * can load a broken copy of the deck and assert the exact message.
 */

export const RULES = ['mermaid', 'diagrams', 'counters', 'figures', 'encoding', 'external', 'notes', 'pacing', 'cuts'] as const
export type RuleName = typeof RULES[number]

export interface Problem {
  rule: RuleName
  /** Relative to the deck root. */
  file: string
  /** 1-based line in `file`. */
  line: number
  slide?: number
  message: string
}

export interface SourceFile {
  /** Relative to the deck root. */
  path: string
  text: string
}

/** Keys Slidev shows: in the tab title, the info panel, link previews. */
const SHOWN_HEADMATTER = ['title', 'info', 'author', 'seoMeta.ogTitle', 'seoMeta.ogDescription', 'seoMeta.twitterTitle', 'seoMeta.twitterDescription']

/** The data/ modules the rules read, loaded from the deck's own root (a test's broken copy has its own). */
export interface DeckData {
  metrics: Record<string, Metric>
  derived: typeof import('../../data/derived')
  career: CareerStep[]
  eras: Record<string, { label: string, span: string }>
  diagrams: Record<string, DiagramSpec>
}

/** One talk cut: an entry file at the deck root (`slides.md`, `slides-interview.md`) and its slides. */
export interface Cut {
  entry: string
  slides: DeckSlide[]
  headmatter: Headmatter
}

export interface DeckInput {
  root: string
  slides: DeckSlide[]
  headmatter: Headmatter
  /** Every cut at the root, `entry` first: the pacing rule checks each against its own duration. */
  cuts: Cut[]
  /** Every text file the encoding and external-resource rules read. */
  files: SourceFile[]
  data: DeckData
}

/** Folders whose files ship in the deck or feed it (relative to the root). */
const SOURCE_DIRS = ['pages', 'data', 'components', 'layouts', 'styles', 'setup', 'composables']
const SOURCE_EXT = new Set(['.md', '.ts', '.vue', '.css', '.json', '.html', '.js', '.mjs'])

function walk(root: string, dir: string): string[] {
  const abs = join(root, dir)
  if (!existsSync(abs))
    return []
  return readdirSync(abs).sort().flatMap((name) => {
    const path = join(dir, name)
    if (statSync(join(root, path)).isDirectory())
      return walk(root, path)
    return SOURCE_EXT.has(extname(name)) ? [path] : []
  })
}

function importFrom<T>(root: string, path: string): Promise<T> {
  // A plain absolute path: vitest's module runner does not resolve file: URLs.
  return import(resolve(root, path)) as Promise<T>
}

export async function loadDeckData(root: string): Promise<DeckData> {
  const [metrics, derived, career, diagrams] = await Promise.all([
    importFrom<typeof import('../../data/metrics')>(root, 'data/metrics.ts'),
    importFrom<typeof import('../../data/derived')>(root, 'data/derived.ts'),
    importFrom<typeof import('../../data/career')>(root, 'data/career.ts'),
    importFrom<typeof import('../../data/diagrams/index')>(root, 'data/diagrams/index.ts'),
  ])
  return {
    metrics: metrics.metrics as Record<string, Metric>,
    derived,
    career: career.career,
    eras: career.eras,
    diagrams: diagrams.diagrams as Record<string, DiagramSpec>,
  }
}

/** Everything the rules need, read from disk once. */
export async function loadDeckInput(root = process.cwd(), entry = 'slides.md'): Promise<DeckInput> {
  const absRoot = resolve(root)
  const slides = await loadDeck(absRoot, entry)
  const paths = [entry, 'index.html', ...SOURCE_DIRS.flatMap(dir => walk(absRoot, dir))]
    .filter(path => existsSync(join(absRoot, path)))
  return {
    root: absRoot,
    slides,
    headmatter: readHeadmatter(absRoot, entry),
    cuts: await loadCuts(absRoot, entry, slides),
    files: [...new Set(paths)].map(path => ({ path: relative(absRoot, join(absRoot, path)), text: readFileSync(join(absRoot, path), 'utf8') })),
    data: await loadDeckData(absRoot),
  }
}

/** Entry files of the talk's cuts: `slides.md` and `slides-<name>.md` at the root. */
const CUT_ENTRY = /^slides(?:-[\w-]+)?\.md$/

async function loadCuts(root: string, entry: string, slides: DeckSlide[]): Promise<Cut[]> {
  const others = readdirSync(root).filter(name => CUT_ENTRY.test(name) && name !== entry).sort()
  return [
    { entry, slides, headmatter: readHeadmatter(root, entry) },
    ...await Promise.all(others.map(async other => ({ entry: other, slides: await loadDeck(root, other), headmatter: readHeadmatter(root, other) }))),
  ]
}

// ---------------------------------------------------------------- helpers

/** Line of `offset` in a slide's raw text, as a line of its file. */
function slideLine(slide: DeckSlide, offset: number): number {
  return slide.line + (slide.raw.slice(0, offset).match(/\n/g)?.length ?? 0)
}

/** The slide a line of a page file belongs to (for file-level rules). */
export function slideAt(slides: DeckSlide[], file: string, line: number): number | undefined {
  let found: number | undefined
  for (const slide of slides) {
    if (slide.file === file && slide.line <= line)
      found = slide.no
  }
  return found
}

/** `<Tag ...>` openings in a slide, attributes included, across lines. */
function tags(slide: DeckSlide, name: string): { attrs: string, offset: number }[] {
  return [...slide.raw.matchAll(new RegExp(`<${name}\\b([^>]*)>`, 'g'))].map(m => ({ attrs: m[1], offset: m.index }))
}

/** A static string attribute (`name="x"` or `:name="'x'"`); undefined when absent or computed. */
function attr(attrs: string, name: string): string | undefined {
  const plain = new RegExp(`(?:^|\\s)${name}\\s*=\\s*"([^"]*)"`).exec(attrs)
  if (plain)
    return plain[1]
  return new RegExp(`(?:^|\\s):${name}\\s*=\\s*"\\s*'([^']*)'\\s*"`).exec(attrs)?.[1]
}

// ---------------------------------------------------------------- mermaid

/** A parser error on one line: its first line, plus jison's "Expecting …" when there is one (the source excerpt is dropped). */
export function oneLine(message: string): string {
  const lines = message.split('\n').map(l => l.trim()).filter(Boolean)
  const expecting = lines.find(l => /^Expecting /.test(l))
  return [lines[0] ?? '', expecting].filter(Boolean).join(' ')
}

/** Every ```mermaid block in the slides parses with Mermaid's own parser. */
export async function checkMermaidBlocks(deck: Pick<DeckInput, 'slides'>): Promise<Problem[]> {
  const blocks = deck.slides.flatMap(slide => [...slide.raw.matchAll(/^(`{3,}|~{3,})mermaid\b[^\n]*\n([\s\S]*?)^\1\s*$/gm)]
    .map(m => ({ slide, code: m[2], codeLine: slideLine(slide, m.index) + 1 })))
  if (!blocks.length)
    return []
  await installDomForMermaid()
  const { parseDiagram, MermaidSyntaxError } = await import('slidev-addon-talk-engine/mermaid')
  const problems: Problem[] = []
  for (const { slide, code, codeLine } of blocks) {
    try {
      await parseDiagram(code)
    }
    catch (error) {
      // parseDiagram also rejects valid diagrams that cannot build up by steps; a plain block may be any kind.
      if (error instanceof MermaidSyntaxError && /cannot build up by steps/.test(error.message))
        continue
      const at = error instanceof MermaidSyntaxError ? error.line : undefined
      const first = oneLine(String((error as Error).message))
      problems.push({
        rule: 'mermaid',
        file: slide.file,
        line: at === undefined ? codeLine : codeLine + at - 1,
        slide: slide.no,
        message: `mermaid block does not parse${at === undefined ? '' : ` (Mermaid line ${at})`}: ${first}`,
      })
    }
  }
  return problems
}

// ---------------------------------------------------------------- diagrams

/**
 * Every `<MermaidSteps diagram="X">` names a diagram in data/diagrams, and the
 * diagrams themselves pass `checkDiagrams()` (owned by the diagram module).
 */
export async function checkDiagramRefs(deck: Pick<DeckInput, 'slides' | 'data'>): Promise<Problem[]> {
  const problems: Problem[] = []
  const known = Object.keys(deck.data.diagrams)
  const usedBy = new Map<string, DeckSlide>()
  for (const slide of deck.slides) {
    for (const tag of tags(slide, 'MermaidSteps')) {
      const id = attr(tag.attrs, 'diagram')
      const line = slideLine(slide, tag.offset)
      if (id === undefined) {
        problems.push({ rule: 'diagrams', file: slide.file, line, slide: slide.no, message: '<MermaidSteps> needs a static diagram="…" naming a diagram in data/diagrams' })
      }
      else if (!known.includes(id)) {
        problems.push({ rule: 'diagrams', file: slide.file, line, slide: slide.no, message: `<MermaidSteps diagram="${id}">: no such diagram in data/diagrams (known: ${known.join(', ')})` })
      }
      else if (!usedBy.has(id)) {
        usedBy.set(id, slide)
      }
    }
  }
  for (const error of (await checkDiagrams(deck.data.diagrams)).map(oneLine)) {
    // checkDiagrams messages start with `file[:line][ (Mermaid line N)]: `.
    const m = /^(\S+?)(?::(\d+))?((?: \(Mermaid line \d+\))?): (.*)$/.exec(error)
    const diagram = /^data\/diagrams\/([\w-]+)\.ts$/.exec(m?.[1] ?? '')?.[1]
    const slide = diagram ? usedBy.get(diagram) : undefined
    problems.push({
      rule: 'diagrams',
      file: m?.[1] ?? 'data/diagrams',
      line: Number(m?.[2] ?? 1),
      slide: slide?.no,
      message: m ? `${m[4]}${m[3]}` : error,
    })
  }
  return problems
}

// ---------------------------------------------------------------- counters

/** Every `<MetricCounter metric="X">` names a metric that formats (the component's own `validateMetric`). */
export function checkCounters(deck: Pick<DeckInput, 'slides' | 'data'>): Problem[] {
  const problems: Problem[] = []
  for (const slide of deck.slides) {
    for (const tag of tags(slide, 'MetricCounter')) {
      const id = attr(tag.attrs, 'metric')
      const line = slideLine(slide, tag.offset)
      const check = validateMetric(id, slide.no, deck.data.metrics)
      if (id === undefined)
        problems.push({ rule: 'counters', file: slide.file, line, slide: slide.no, message: '<MetricCounter> needs a static metric="…" naming a metric in data/metrics.ts' })
      else if (!check.ok)
        problems.push({ rule: 'counters', file: slide.file, line, slide: slide.no, message: check.message })
    }
  }
  return problems
}

// ---------------------------------------------------------------- figures

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
    const bare = metric.format.suffix ? text.slice(0, -metric.format.suffix.length) : text
    if (metric.format.style === 'percent') {
      catalog.percents.set(text, from)
      catalog.percents.set(bare, from)
      catalog.percentMetrics.push({ id, text, value: metric.value, label: metric.label })
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
    .replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1\s*$/gm, keepLines)
    // Comment markers only: the last comment is the speaker note.
    .replace(/<!--|-->/g, '    ')
    // Tags and their attributes, keeping the text a screen reader announces.
    .replace(/<\/?[A-Za-z][^>]*>/g, (tag) => {
      const spoken = [...tag.matchAll(/\b(?:aria-label|alt|title)\s*=\s*"([^"]*)"/g)].map(m => m[1]).join(' ')
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
const PRODUCT_NAMES = /\bRoute\s?53\b|\bLFS\s?\d+\b/g

/** Checks each figure in `text` against the catalog; `problem` says why a figure is not from data/. */
export function findFigures(text: string, catalog: FigureCatalog): Figure[] {
  const figures: Figure[] = []
  const taken: [number, number][] = []
  const free = (start: number, end: number) => taken.every(([s, e]) => end <= s || start >= e)
  const lineOf = (index: number) => {
    const start = text.lastIndexOf('\n', index) + 1
    const end = text.indexOf('\n', index)
    return text.slice(start, end < 0 ? undefined : end)
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
      figures.push({ text: m[0].trim(), index: start, problem })
    }
  }

  // Product names are words, not figures.
  scan(PRODUCT_NAMES, () => null)
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
    return `${m[1]}${m[2] === 'M' ? 'M' : ' million'} is not a figure in data/; data/ holds ${known}`
  })
  scan(new RegExp(String.raw`(?<![\w.])(${NUMBER})\s?(?:aggregate\s+|average\s+|avg\s+)?RPS\b`, 'g'), (m) => {
    const value = Number(m[1].replace(/,/g, ''))
    if (catalog.numbers.has(String(value)))
      return undefined
    return `${m[0].trim()} is not a figure in data/; write RPS as the metric's millions (${[...catalog.millions.keys()].map(v => `${v}M`).join(', ')})`
  })
  scan(/(?<![\w.])(\d+)\+/g, (m) => {
    if (catalog.plus.has(m[0]))
      return undefined
    return `${m[0]} is not a count in data/; data/metrics.ts has ${[...catalog.plus.keys()].join(', ')}`
  })
  scan(/[≈~]?(?<![\w.])(\d+(?:\.\d+)?)\s?[×x](?!\w)/g, (m) => {
    if (catalog.times.has(m[1]))
      return undefined
    return `${m[0]} is not a ratio in data/; data/derived.ts gives ${[...catalog.times.keys()].map(v => `${v}×`).join(' or ')}`
  })
  scan(/(?<![\w.\-/:#])((?:19|20)\d{2})(?![\w.\-/:])/g, (m) => {
    if (catalog.years.has(Number(m[1])))
      return undefined
    return `${m[1]} is not a year in data/career.ts (years there: ${[...catalog.years].sort().join(', ')})`
  })
  scan(new RegExp(String.raw`(?<![\w.\-/:#@])(\d{2,}(?:,\d{3})*)(?![\w\-/:]|[.,]\d)`, 'g'), (m) => {
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
  return best ? `data/metrics.ts has ${best.id} = ${best.text} (${best.label})` : 'data/metrics.ts has no percentages'
}

/** The "About 40 seconds." pacing cue that opens a note is stage direction, not a figure. */
const TIMING_CUE = /^\s*\*\*About \d+ (?:seconds?|minutes?)\.\*\*\s*$/gm

/** Keys of slide frontmatter and headmatter that a layout shows on screen. */
const SHOWN_KEYS = ['title', 'info', 'kicker', 'author', 'subtitle', 'description']

/** Every figure on a slide (body, note, shown frontmatter) and in the headmatter comes from data/. */
export function checkFigures(deck: Pick<DeckInput, 'slides' | 'headmatter' | 'data'>): Problem[] {
  const catalog = figureCatalog(deck.data)
  const problems: Problem[] = []
  for (const slide of deck.slides) {
    const end = /^---\r?\n[\s\S]*?\n---\r?\n/.exec(slide.raw)?.[0].length ?? 0
    const frontmatter = slide.raw.slice(0, end).split('\n')
      .map(line => SHOWN_KEYS.some(key => line.startsWith(`${key}:`)) ? line.replace(/^\w+:/, '') : line.replace(/[^\n]/g, ' '))
      .join('\n')
    const text = frontmatter + visibleText(slide.raw.slice(end)).replace(TIMING_CUE, s => s.replace(/./g, ' '))
    for (const figure of findFigures(text, catalog)) {
      if (figure.problem)
        problems.push({ rule: 'figures', file: slide.file, line: slide.line + (text.slice(0, figure.index).match(/\n/g)?.length ?? 0), slide: slide.no, message: figure.problem })
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
      problems.push({ rule: 'figures', file: headmatter.file, line: (at < 0 ? from : at) + 2, message: `headmatter ${key}: ${figure.problem}` })
    }
  }
  return problems
}

// ---------------------------------------------------------------- encoding

/** Signatures of UTF-8 decoded as Latin-1/Windows-1252 or Mac Roman, and of lost bytes. */
const MOJIBAKE: { pattern: RegExp, why: string }[] = [
  { pattern: /\uFFFD/, why: 'a replacement character (U+FFFD): bytes were lost in decoding' },
  { pattern: /[ÃÂ][\u0080-\u00BF]/, why: 'UTF-8 read as Latin-1/Windows-1252' },
  { pattern: /â€/, why: 'UTF-8 punctuation read as Windows-1252' },
  { pattern: /ðŸ/, why: 'a UTF-8 emoji read as Windows-1252' },
  { pattern: /[√¬][ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø]/, why: 'UTF-8 read as Mac Roman' },
  { pattern: /‚Ä[ôùúìîòû¶¢†]/, why: 'UTF-8 punctuation read as Mac Roman' },
  { pattern: /üë[ãäåçéèêëíìîïñóòôöõúù]|\uF8FFü/, why: 'a UTF-8 emoji read as Mac Roman' },
  { pattern: /[\u0080-\u009F]/, why: 'a C1 control character, left by a mis-decoded byte' },
]

/** Windows-1252's 0x80–0x9F; Node's TextDecoder decodes them as Latin-1 C1 controls instead. */
const CP1252_80 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'

/** Byte of each character in a single-byte code page, to undo a wrong decoding. */
function reverseCodePage(label: 'macintosh' | 'windows-1252'): Map<string, number> {
  const map = new Map<string, number>()
  const decoder = new TextDecoder(label)
  for (let byte = 0x80; byte <= 0xFF; byte++) {
    const char = label === 'windows-1252' ? (byte < 0xA0 ? CP1252_80[byte - 0x80] : String.fromCharCode(byte)) : decoder.decode(Uint8Array.of(byte))
    map.set(char, byte)
  }
  return map
}

/** What mis-encoded `text` said before it was decoded with the wrong code page, if a code page explains it. */
export function repairMojibake(text: string): string | undefined {
  for (const label of ['macintosh', 'windows-1252'] as const) {
    const bytes: number[] = []
    const map = reverseCodePage(label)
    let ok = true
    for (const char of text) {
      const code = char.codePointAt(0)!
      const byte = code < 0x80 ? code : map.get(char)
      if (byte === undefined) {
        ok = false
        break
      }
      bytes.push(byte)
    }
    if (!ok)
      continue
    try {
      const fixed = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes))
      if (fixed !== text)
        return fixed
    }
    catch {}
  }
  return undefined
}

/** No mis-encoded text in slides, notes, data/, components, layouts, styles or composables. */
export function checkEncoding(deck: Pick<DeckInput, 'slides' | 'files'>): Problem[] {
  const problems: Problem[] = []
  for (const file of deck.files) {
    file.text.split('\n').forEach((line, i) => {
      for (const { pattern, why } of MOJIBAKE) {
        const m = pattern.exec(line)
        if (!m)
          continue
        // Show the word around the damage, and what it should read.
        const before = /[^\s<>"'`=(){}[\],;]*$/.exec(line.slice(0, m.index))![0]
        const after = /^[^\s<>"'`=(){}[\],;]*/.exec(line.slice(m.index + m[0].length))![0]
        const word = before + m[0] + after
        const fixed = repairMojibake(word)
        problems.push({
          rule: 'encoding',
          file: file.path,
          line: i + 1,
          slide: slideAt(deck.slides, file.path, i + 1),
          message: `mis-encoded text "${word}" (${why})${fixed ? `; it should read "${fixed}"` : ''}`,
        })
        break
      }
    })
  }
  return problems
}

// ---------------------------------------------------------------- external resources

/** Files whose content ships in the deck's pages (data/ holds link targets, which are allowed). */
const SHIPPED = /^(?:slides\.md|index\.html|pages\/|components\/|layouts\/|styles\/|setup\/)/
const CDN = /\b(?:fonts\.googleapis\.com|fonts\.gstatic\.com|cdn\.jsdelivr\.net|unpkg\.com|cdnjs\.cloudflare\.com|esm\.sh|use\.typekit\.net|fonts\.bunny\.net)\b/
const REMOTE = String.raw`(?:https?:)?\/\/`

/**
 * Nothing on stage may depend on the network: no remote images, scripts,
 * styles or fonts. Links a person can follow (`<a href>`, Markdown links, mailto:) are fine.
 */
export function checkExternal(deck: Pick<DeckInput, 'slides' | 'files' | 'headmatter'>): Problem[] {
  const problems: Problem[] = []
  const add = (file: string, line: number, message: string) =>
    problems.push({ rule: 'external', file, line, slide: slideAt(deck.slides, file, line), message })
  const { headmatter } = deck
  const fonts = headmatter.data.fonts as { provider?: string } | undefined
  if (fonts?.provider !== 'none')
    add(headmatter.file, headmatter.lines['fonts.provider'] ?? headmatter.lines.fonts ?? 1, `headmatter fonts.provider is ${JSON.stringify(fonts?.provider ?? 'google (Slidev default)')}; set it to none and ship fonts with @fontsource`)
  const favicon = headmatter.data.favicon
  if (typeof favicon !== 'string' || new RegExp(`^${REMOTE}`).test(favicon))
    add(headmatter.file, headmatter.lines.favicon ?? 1, `headmatter favicon is ${JSON.stringify(favicon ?? 'Slidev’s default, on cdn.jsdelivr.net')}; point it at a file in public/`)
  for (const file of deck.files.filter(f => SHIPPED.test(f.path))) {
    file.text.split('\n').forEach((line, i) => {
      for (const m of line.matchAll(new RegExp(String.raw`(?<![\w-])(:?)(src|href|srcset|poster|data|xlink:href)\s*=\s*["']\s*'?(${REMOTE}[^"'\s]*)`, 'g'))) {
        const tag = /<([\w-]+)[^<]*$/.exec(line.slice(0, m.index))?.[1]
        if (m[2] === 'href' && tag?.toLowerCase() === 'a')
          continue
        add(file.path, i + 1, `<${tag ?? '?'} ${m[2]}="${m[3]}"> loads a remote resource; bundle it locally (public/ or an npm package)`)
      }
      for (const m of line.matchAll(new RegExp(String.raw`!\[[^\]]*\]\(\s*(${REMOTE}[^)\s]*)`, 'g')))
        add(file.path, i + 1, `Markdown image ${m[1]} is remote; put the file in public/`)
      for (const m of line.matchAll(new RegExp(String.raw`(@import\s+(?:url\()?|url\()\s*["']?(${REMOTE}[^"')\s]*)`, 'g')))
        add(file.path, i + 1, `CSS ${m[1].trim()}${m[2]} loads a remote resource; use a local file or @fontsource`)
      const cdn = CDN.exec(line)
      if (cdn && !problems.some(p => p.file === file.path && p.line === i + 1))
        add(file.path, i + 1, `references ${cdn[0]}, a CDN the stage network may not reach`)
    })
  }
  return problems
}

// ---------------------------------------------------------------- notes

/**
 * Clicks a note accounts for: `[click]` advances one, `[click:N]` jumps to N,
 * as Slidev's presenter mode reads them.
 */
export function noteClicks(note: string | undefined): number {
  let at = 0
  let max = 0
  for (const m of (note ?? '').matchAll(/\[click(?::(\d+))?\]/g)) {
    at = m[1] === undefined ? at + 1 : Number(m[1])
    max = Math.max(max, at)
  }
  return max
}

/**
 * Every slide has a speaker note. Whether its `[click]` markers match the
 * slide's clicks is checked in the browser (tests/e2e/qa-keyboard.spec.ts):
 * components own their clicks, so only Slidev knows the count.
 */
export function checkNotes(deck: Pick<DeckInput, 'slides'>): Problem[] {
  return deck.slides
    .filter(slide => !slide.note?.replace(TIMING_CUE, '').trim())
    .map(slide => ({
      rule: 'notes' as const,
      file: slide.file,
      line: slide.line,
      slide: slide.no,
      message: slide.note?.trim() ? 'speaker note has only a timing cue; write the words the presenter says' : 'slide has no speaker note; add <!-- … --> with the words the presenter says',
    }))
}

// ---------------------------------------------------------------- pacing

/** Seconds a note's opening cue asks for (`**About 40 seconds.**`, `**About 2 minutes.**`), if it has one. */
export function noteSeconds(note: string | undefined): number | undefined {
  const cue = new RegExp(TIMING_CUE.source, 'm').exec(note ?? '')?.[0]
  const m = cue ? /(\d+) (second|minute)/.exec(cue) : null
  return m ? Number(m[1]) * (m[2] === 'minute' ? 60 : 1) : undefined
}

/** How far a cut's notes may add up from the duration its presenter timer counts down. */
export const PACING_TOLERANCE = 0.1

/** `1750` → `29 min 10 s`. */
function clock(seconds: number): string {
  const min = Math.floor(seconds / 60)
  const sec = Math.round(seconds % 60)
  return [min ? `${min} min` : '', sec ? `${sec} s` : ''].filter(Boolean).join(' ') || '0 s'
}

/**
 * Each cut declares its length to Slidev's presenter timer (headmatter `duration`, `timer: countdown`),
 * and the timing cues that open its notes add up to that length within 10%.
 */
export function checkPacing(deck: Pick<DeckInput, 'cuts'>): Problem[] {
  const problems: Problem[] = []
  const uncued = new Set<string>()
  for (const cut of deck.cuts) {
    const { headmatter } = cut
    const at = (key: string) => headmatter.lines[key] ?? 1
    const { duration, timer } = headmatter.data
    if (timer !== 'countdown')
      problems.push({ rule: 'pacing', file: cut.entry, line: at('timer'), message: `${cut.entry}: headmatter timer is ${JSON.stringify(timer ?? 'stopwatch (Slidev’s default)')}; set timer: countdown so the presenter view counts down this cut’s duration` })
    let seconds: number | undefined
    try {
      seconds = duration === undefined ? undefined : parseTimeString(duration as string | number).seconds
    }
    catch {}
    if (!seconds || seconds <= 0) {
      problems.push({ rule: 'pacing', file: cut.entry, line: at('duration'), message: `${cut.entry}: headmatter duration is ${duration === undefined ? 'missing (Slidev’s timer assumes 30min)' : `${JSON.stringify(duration)}, not a length of time`}; declare how long this cut runs, e.g. duration: 10min` })
      continue
    }
    let sum = 0
    for (const slide of cut.slides) {
      const cue = noteSeconds(slide.note)
      sum += cue ?? 0
      const where = `${slide.file}:${slide.line}`
      if (cue === undefined && !uncued.has(where)) {
        uncued.add(where)
        problems.push({ rule: 'pacing', file: slide.file, line: slide.line, slide: slide.no, message: `speaker note does not open with how long to spend ("**About 40 seconds.**"), so ${cut.entry}’s pacing cannot be added up` })
      }
    }
    const off = (sum - seconds) / seconds
    if (Math.abs(off) > PACING_TOLERANCE) {
      problems.push({
        rule: 'pacing',
        file: cut.entry,
        line: at('duration'),
        message: `${cut.entry}: the notes’ timing cues add up to ${clock(sum)}, ${Math.round(Math.abs(off) * 100)}% ${off > 0 ? 'over' : 'under'} its duration ${duration} (${clock(seconds)}); bring them within ${PACING_TOLERANCE * 100}% or change the duration`,
      })
    }
  }
  return problems
}

// ---------------------------------------------------------------- cuts

/**
 * How a slide speaks of a section: the words that name it, and the pages it needs (all of them).
 * A cut that leaves one of those pages out may not say these words in a note, on a slide or in a label.
 */
export const SECTION_MENTIONS: { name: string, pages: string[], pattern: RegExp }[] = [
  {
    name: 'the four architectures',
    pages: ['pages/gateway.md', 'pages/dns.md', 'pages/connectivity.md', 'pages/pipeline.md'],
    pattern: /\bfour architectures\b|\barchitecture \d of 4\b|\b(?:second|third|fourth|last) architecture\b/i,
  },
  { name: 'the DNS hierarchy', pages: ['pages/dns.md'], pattern: /\bDNS\b|\bdelegation\b|\bhosted[- ]zones?\b|\bRoute ?53\b/i },
  { name: 'cross-account connectivity', pages: ['pages/connectivity.md'], pattern: /\bcross-account\b|\bResource Access Manager\b|\bAWS RAM\b|\bhandshake\b|\bSSM Parameter Store\b/i },
  { name: 'the plugin pipeline', pages: ['pages/pipeline.md'], pattern: /\bplugin (?:pipeline|monorepo)\b|\bGitOps pipeline\b/i },
  { name: 'keeping it true', pages: ['pages/operations.md'], pattern: /\bgame ?day\b|\bchaos\b|\bfailure injection\b|\bk6\b|\bcircuit breaker\b|\brunbook\b/i },
  { name: 'mentoring and the toolbox', pages: ['pages/influence.md'], pattern: /\btoolbox\b|\bknowledge[- ]transfer\b|\bpair programming\b/i },
]

/** `Part 2 · Architecture 1 of 4` → 2. */
const PART_LABEL = /^Part (\d+)\b/

/** The words around a match, on one line, for a message. */
function excerpt(text: string, index: number, length: number): string {
  const start = Math.max(0, index - 30)
  const end = Math.min(text.length, index + length + 30)
  return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ').trim()}${end < text.length ? '…' : ''}`
}

/** Where a frontmatter value was written: in the cut's `src:` import that overrides the page (its value wins), or in the page. */
function frontmatterLine(root: string, cut: Cut, slide: DeckSlide, key: string, value: string): { file: string, line: number } {
  const wanted = `${key}: ${value}`
  const entry = existsSync(join(root, cut.entry)) ? readFileSync(join(root, cut.entry), 'utf8').split('\n') : []
  const inEntry = entry.findIndex(line => line.trim() === wanted)
  if (inEntry >= 0)
    return { file: cut.entry, line: inEntry + 1 }
  const inPage = slide.raw.split('\n').findIndex(line => line.trim() === wanted)
  return { file: slide.file, line: slide.line + Math.max(0, inPage) }
}

/**
 * Each cut speaks only of what it shows: no note, slide text, label or headmatter line names a
 * section whose page the cut leaves out (sections are the pages any cut imports); and its
 * "Part N" labels number the parts as the cut runs, 1, 2, 3 …
 */
export function checkCuts(deck: Pick<DeckInput, 'root' | 'cuts'>): Problem[] {
  const problems: Problem[] = []
  const everyPage = new Set(deck.cuts.flatMap(cut => cut.slides.map(slide => slide.file)))
  for (const cut of deck.cuts) {
    const shown = new Set(cut.slides.map(slide => slide.file))
    const missing = SECTION_MENTIONS.filter(m => m.pages.some(page => everyPage.has(page) && !shown.has(page)))
    const leftOut = (m: typeof SECTION_MENTIONS[number]) => m.pages.filter(page => !shown.has(page)).join(', ')
    const speaks = (text: string, at: (index: number) => { file: string, line: number, slide?: number }, what: string) => {
      for (const mention of missing) {
        const m = new RegExp(mention.pattern.source, mention.pattern.flags.replace('g', '')).exec(text)
        if (m)
          problems.push({ rule: 'cuts', ...at(m.index), message: `${cut.entry} leaves out ${leftOut(mention)}, but ${what} speaks of ${mention.name}: "${excerpt(text, m.index, m[0].length)}"` })
      }
    }
    for (const key of SHOWN_HEADMATTER) {
      const value = key.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], cut.headmatter.data)
      if (typeof value === 'string')
        speaks(value, () => ({ file: cut.entry, line: cut.headmatter.lines[key] ?? 1 }), `its headmatter ${key}`)
    }
    let part = 0
    for (const slide of cut.slides) {
      const end = /^---\r?\n[\s\S]*?\n---\r?\n/.exec(slide.raw)?.[0].length ?? 0
      const body = visibleText(slide.raw.slice(end))
      const lines = (text: string) => text.match(/\n/g)?.length ?? 0
      speaks(body, index => ({ file: slide.file, line: slide.line + lines(slide.raw.slice(0, end)) + lines(body.slice(0, index)), slide: slide.no }), 'this slide or its note')
      for (const key of SHOWN_KEYS) {
        const value = slide.frontmatter[key]
        if (typeof value !== 'string')
          continue
        const where = () => ({ ...frontmatterLine(deck.root, cut, slide, key, value), slide: slide.no })
        speaks(value, where, `its ${key}`)
        const label = key === 'kicker' ? PART_LABEL.exec(value) : null
        if (label) {
          const n = Number(label[1])
          if (n !== part && n !== part + 1)
            problems.push({ rule: 'cuts', ...where(), message: `${cut.entry}: section label "${value}" follows ${part ? `Part ${part}` : 'no part'}; number the parts as this cut runs (Part ${part + 1} here)` })
          part = n
        }
      }
    }
  }
  return problems
}

// ---------------------------------------------------------------- all rules

export interface DeckReport {
  passed: number
  failed: number
  rules: Record<RuleName, number>
  problems: Problem[]
}

export async function runRules(deck: DeckInput): Promise<DeckReport> {
  const checks: Record<RuleName, (deck: DeckInput) => Problem[] | Promise<Problem[]>> = {
    mermaid: checkMermaidBlocks,
    diagrams: checkDiagramRefs,
    counters: checkCounters,
    figures: checkFigures,
    encoding: checkEncoding,
    external: checkExternal,
    notes: checkNotes,
    pacing: checkPacing,
    cuts: checkCuts,
  }
  const results = {} as Record<RuleName, Problem[]>
  for (const rule of RULES) {
    // A rule that throws is a failed rule with a message, never a checker that dies without a report.
    try {
      results[rule] = await checks[rule](deck)
    }
    catch (error) {
      results[rule] = [{ rule, file: deck.headmatter.file, line: 1, message: `the ${rule} rule crashed: ${(error as Error).message}` }]
    }
  }
  const problems = RULES.flatMap(rule => results[rule])
  const failed = RULES.filter(rule => results[rule].length).length
  return {
    passed: RULES.length - failed,
    failed,
    rules: Object.fromEntries(RULES.map(rule => [rule, results[rule].length])) as Record<RuleName, number>,
    problems,
  }
}

/** `pages/gateway.md:12 (slide 9): figures: 99.99% is not …` */
export function formatProblem(problem: Problem): string {
  const slide = problem.slide === undefined ? '' : ` (slide ${problem.slide})`
  return `${problem.file}:${problem.line}${slide}: ${problem.rule}: ${problem.message}`
}
