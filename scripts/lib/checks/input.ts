import type { CareerStep } from '../../../data/career'
import type { Metric } from '../../../data/metrics'
import type { DeckSlide } from '../deck'
import type { Headmatter } from '../headmatter'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { extname, join, relative, resolve } from 'node:path'
import process from 'node:process'
import { loadDeck } from '../deck'
import { readHeadmatter } from '../headmatter'
/**
 * The rules behind `scripts/check-deck.ts`. Each rule is a function of a
 * loaded deck (`DeckInput`: slides, headmatter, source files, data/), so a test
 * can load a broken copy of the deck and assert the exact message.
 */

export const RULES = [
  'mermaid',
  'diagrams',
  'counters',
  'figures',
  'encoding',
  'external',
  'notes',
  'pacing',
  'cuts',
  'words',
  'reading',
] as const
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
export const SHOWN_HEADMATTER = [
  'title',
  'info',
  'author',
  'seoMeta.ogTitle',
  'seoMeta.ogDescription',
  'seoMeta.twitterTitle',
  'seoMeta.twitterDescription',
]

/** The data/ modules the rules read, loaded from the deck's own root (a test's broken copy has its own). */
export interface DeckData {
  metrics: Record<string, Metric>
  derived: typeof import('../../../data/derived')
  career: CareerStep[]
  eras: Record<string, { label: string, span: string }>
  certification: typeof import('../../../data/career').certification
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

/** Folders whose files ship in the deck or feed it (relative to the root); the engine addon ships too. */
export const SOURCE_DIRS = [
  'pages',
  'data',
  'components',
  'layouts',
  'styles',
  'setup',
  'addons',
]
const SOURCE_EXT = new Set([
  '.md',
  '.ts',
  '.vue',
  '.css',
  '.json',
  '.html',
  '.js',
  '.mjs',
])

function walk(root: string, dir: string): string[] {
  const abs = join(root, dir)
  if (!existsSync(abs))
    return []
  return readdirSync(abs).sort().flatMap((name) => {
    // Installed packages and caches (the engine playground's drawings) are not the deck's sources.
    if (name === 'node_modules')
      return []
    const path = join(dir, name)
    if (statSync(join(root, path)).isDirectory())
      return walk(root, path)
    return SOURCE_EXT.has(extname(name))
      ? [path]
      : []
  })
}

function importFrom<T>(root: string, path: string): Promise<T> {
  // A plain absolute path: vitest's module runner does not resolve file: URLs.
  return import(resolve(root, path)) as Promise<T>
}

async function loadDeckData(root: string): Promise<DeckData> {
  const [metrics, derived, career] = await Promise.all([
    importFrom<typeof import('../../../data/metrics')>(root, 'data/metrics.ts'),
    importFrom<typeof import('../../../data/derived')>(root, 'data/derived.ts'),
    importFrom<typeof import('../../../data/career')>(root, 'data/career.ts'),
  ])
  return {
    metrics: metrics.metrics as Record<string, Metric>,
    derived,
    career: career.career,
    eras: career.eras,
    certification: career.certification,
  }
}

/** Everything the rules need, read from disk once. */
export async function loadDeckInput(root = process.cwd(), entry = 'slides.md'): Promise<DeckInput> {
  const absRoot = resolve(root)
  const slides = await loadDeck(absRoot, entry)
  const paths = [
    entry,
    'index.html',
    ...SOURCE_DIRS.flatMap(dir => walk(absRoot, dir)),
  ]
    .filter(path => existsSync(join(absRoot, path)))
  return {
    root: absRoot,
    slides,
    headmatter: readHeadmatter(absRoot, entry),
    cuts: await loadCuts(absRoot, entry, slides),
    files: [
      ...new Set(paths),
    ].map(path => ({
      path: relative(absRoot, join(absRoot, path)),
      text: readFileSync(join(absRoot, path), 'utf8'),
    })),
    data: await loadDeckData(absRoot),
  }
}

/** Entry files of the talk's cuts: `slides.md` and `slides-<name>.md` at the root. */
const CUT_ENTRY = /^slides(?:-[\w-]+)?\.md$/

async function loadCuts(root: string, entry: string, slides: DeckSlide[]): Promise<Cut[]> {
  const others = readdirSync(root).filter(name => CUT_ENTRY.test(name) && name !== entry).sort()
  return [
    {
      entry,
      slides,
      headmatter: readHeadmatter(root, entry),
    },
    ...await Promise.all(others.map(async other => ({
      entry: other,
      slides: await loadDeck(root, other),
      headmatter: readHeadmatter(root, other),
    }))),
  ]
}
