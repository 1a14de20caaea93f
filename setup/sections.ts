import { basename } from 'node:path'

/**
 * Where each slide is in the talk: its section (the pages/*.md file it comes from) and its
 * position. One computation for the progress indicator (through setup/vite-plugins.ts) and
 * the PDF bookmarks, so the screen and the paper name sections alike in every cut.
 */

/** Layouts that open or close the talk or a section, where the indicator would only repeat the title. */
export const QUIET_LAYOUTS: readonly string[] = ['cover', 'section', 'end']

export interface SlidePlace {
  /** 1-based slide number in this cut. */
  no: number
  total: number
  /** Key in data/sections.ts: the file name, e.g. `gateway`. */
  key: string
  section: string
  /** 1-based section number in this cut, and how many sections the cut has. */
  sectionNo: number
  sectionCount: number
  /** Cover, section and closing slides show no indicator. */
  quiet: boolean
}

/** `pages/gateway.md` → `gateway`. */
export function sectionKey(file: string): string {
  return basename(file).replace(/\.md$/, '')
}

/** Places of a cut's slides, in order; `file` is each slide's source file, `layout` its frontmatter layout. */
export function placeSlides(slides: readonly { file: string, layout?: string }[], names: Record<string, string>): SlidePlace[] {
  const keys = slides.map(slide => sectionKey(slide.file))
  const order = [
    ...new Set(keys),
  ]
  return slides.map((slide, index) => {
    const key = keys[index]
    const section = names[key]
    if (!section)
      throw new Error(`${slide.file} (slide ${index + 1}) has no section name; add \`${key}: '…'\` to data/sections.ts`)
    return {
      no: index + 1,
      total: slides.length,
      key,
      section,
      sectionNo: order.indexOf(key) + 1,
      sectionCount: order.length,
      quiet: QUIET_LAYOUTS.includes(slide.layout ?? '') || index === slides.length - 1,
    }
  })
}
