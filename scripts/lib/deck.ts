import type { SlideInfo } from '@slidev/types'
import type { DiagramSource, DiagramSpec } from 'slidev-addon-talk-engine'
import { relative, resolve } from 'node:path'
import process from 'node:process'
import { load } from '@slidev/parser/fs'
import { deckDiagrams } from 'slidev-addon-talk-engine/node'

export interface DeckSlide {
  /** 1-based, as in the URL `/N`. */
  no: number
  /** Path relative to the deck root, e.g. `pages/gateway.md`. */
  file: string
  /** 1-based line of the slide's first line in `file`. */
  line: number
  title?: string
  layout?: string
  frontmatter: Record<string, unknown>
  /** Markdown body without frontmatter and note. */
  content: string
  note?: string
  /** The raw slide text in its file, frontmatter and note included. */
  raw: string
  /** The slide as Slidev parsed it: for the diagram engine's own reading of it, and its own frontmatter and where its content starts. */
  parsed: SlideInfo
}

/** Reads a deck the way Slidev does (`src:` imports resolved) so checks and tests share one slide map. */
export async function loadDeck(root = process.cwd(), entry = 'slides.md'): Promise<DeckSlide[]> {
  const absRoot = resolve(root)
  const data = await load({
    roots: [absRoot],
    userRoot: absRoot,
  }, resolve(absRoot, entry))
  return data.slides.map((slide, index) => ({
    no: index + 1,
    file: relative(absRoot, slide.source.filepath),
    line: slide.source.start + 1,
    title: slide.title,
    layout: slide.frontmatter.layout as string | undefined,
    frontmatter: slide.frontmatter,
    content: slide.content,
    note: slide.note,
    raw: slide.source.raw,
    parsed: slide,
  }))
}

/** A diagram of the deck and the slide that shows it. */
export interface DeckDiagram {
  /** The slide's number, as in the URL `/N`. */
  no: number
  id: string
  spec: DiagramSpec
  source: DiagramSource
}

/** The deck's diagrams, read from its slides by the engine itself: the one way to find the slide that shows a diagram. */
export function diagramsOf(slides: DeckSlide[], root = process.cwd()): DeckDiagram[] {
  return [
    ...deckDiagrams(resolve(root), slides.map(slide => slide.parsed)).diagrams.values(),
  ]
    .map(({ spec, source }) => ({
      no: source.slide!,
      id: spec.id,
      spec,
      source,
    }))
}
