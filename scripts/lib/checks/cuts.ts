import type { SectionMention } from '../../../data/sections'
import type { DeckSlide } from '../deck'
import type { Cut, DeckInput, Problem } from './input'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { sectionMentions } from '../../../data/sections'
import { SHOWN_KEYS, visibleText } from './figures'
import { newlines, slideBody } from './helpers'
import { SHOWN_HEADMATTER } from './input'
/** `Part 2 · Architecture 1 of 4` → 2. */
const PART_LABEL = /^Part (\d+)\b/

/** The words around a match, on one line, for a message. */
function excerpt(text: string, index: number, length: number): string {
  const start = Math.max(0, index - 30)
  const end = Math.min(text.length, index + length + 30)
  return `${start > 0
    ? '…'
    : ''}${text.slice(start, end).replace(/\s+/g, ' ').trim()}${end < text.length
    ? '…'
    : ''}`
}

/** Where a frontmatter value was written: in the cut's `src:` import that overrides the page (its value wins), or in the page. */
function frontmatterLine(root: string, cut: Cut, slide: DeckSlide, key: string, value: string): { file: string, line: number } {
  const wanted = `${key}: ${value}`
  const entry = existsSync(join(root, cut.entry))
    ? readFileSync(join(root, cut.entry), 'utf8').split('\n')
    : []
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
    const pages = (m: SectionMention) => m.sections.map(key => `pages/${key}.md`)
    const missing = sectionMentions.filter(m => pages(m).some(page => everyPage.has(page) && !shown.has(page)))
    const leftOut = (m: SectionMention) => pages(m).filter(page => !shown.has(page)).join(', ')
    const speaks = (text: string, at: (index: number) => { file: string, line: number, slide?: number }, what: string) => {
      for (const mention of missing) {
        const m = new RegExp(mention.pattern.source, mention.pattern.flags.replace('g', '')).exec(text)
        if (m) {
          problems.push({
            rule: 'cuts',
            ...at(m.index),
            message: `${cut.entry} leaves out ${leftOut(mention)}, but ${what} speaks of ${mention.name}: "${excerpt(text, m.index, m[0].length)}"`,
          })
        }
      }
    }
    for (const key of SHOWN_HEADMATTER) {
      const value = key.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], cut.headmatter.data)
      if (typeof value === 'string')
        speaks(value, () => ({ file: cut.entry, line: cut.headmatter.lines[key] ?? 1 }), `its headmatter ${key}`)
    }
    let part = 0
    for (const slide of cut.slides) {
      const body = slideBody(slide)
      const text = visibleText(body.text)
      speaks(text, index => ({ file: slide.file, line: body.line + newlines(text.slice(0, index)), slide: slide.no }), 'this slide or its note')
      for (const key of SHOWN_KEYS) {
        const value = slide.frontmatter[key]
        if (typeof value !== 'string')
          continue
        const where = () => ({
          ...frontmatterLine(deck.root, cut, slide, key, value),
          slide: slide.no,
        })
        speaks(value, where, `its ${key}`)
        const label = key === 'kicker'
          ? PART_LABEL.exec(value)
          : null
        if (label) {
          const n = Number(label[1])
          if (n !== part && n !== part + 1) {
            problems.push({
              rule: 'cuts',
              ...where(),
              message: `${cut.entry}: section label "${value}" follows ${part
                ? `Part ${part}`
                : 'no part'}; number the parts as this cut runs (Part ${part + 1} here)`,
            })
          }
          part = n
        }
      }
    }
  }
  return problems
}
