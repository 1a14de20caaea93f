import type { DeckSlide } from '../deck'
import type { DeckInput, Problem } from './input'
import { slideDiagrams } from 'slidev-addon-talk-engine/node'
import { countWords, WORD_LIMIT } from '../words'
import { visibleText } from './figures'
import { attr, tags } from './helpers'

/**
 * The words a slide shows at its last click, as far as the checker can know them without a browser:
 * its kicker, its Markdown (tags dropped, their text kept; list markers are not words), the rows a
 * `<CareerRoles era>` draws from data/career.ts (its certification too) and the last caption of each
 * diagram (its Mermaid source and steps are not words on the slide).
 * Other components' own text (labels of figures, diagram labels) only a browser sees: the e2e count
 * (tests/e2e/qa-legibility.spec.ts) measures every visible word and holds the same limit.
 */
export function slideWords(slide: DeckSlide, data: DeckInput['data'], root: string): number {
  const kicker = typeof slide.frontmatter.kicker === 'string'
    ? slide.frontmatter.kicker
    : ''
  const diagrams = slideDiagrams(root, slide.parsed, slide.content)
  const prose = diagrams.reduceRight((text, block) => text.slice(0, block.start) + text.slice(block.end), slide.content)
  const markdown = visibleText(prose.replace(/<!--[\s\S]*?-->/g, ' '))
    .replace(/^\s*(?:[-*+]|\d+\.)\s/gm, ' ')
  const parts = [kicker, markdown]
  for (const tag of tags(slide, 'CareerRoles')) {
    const era = attr(tag.attrs, 'era')
    for (const row of data.career.filter(r => r.era === era))
      parts.push(row.from, row.to, row.org ?? '', row.role, row.work)
    if (data.certification.era === era)
      parts.push('Certification:', data.certification.name, data.certification.issuer)
  }
  for (const { spec } of diagrams)
    parts.push(spec.steps.at(-1)?.caption ?? '')
  return countWords(parts.join(' '))
}

/** A slide the room reads while the presenter talks holds at most `WORD_LIMIT` words; detail goes to the note. */
export function checkWords(deck: Pick<DeckInput, 'slides' | 'data' | 'root'>): Problem[] {
  return deck.slides.flatMap((slide) => {
    const words = slideWords(slide, deck.data, deck.root)
    return words > WORD_LIMIT
      ? [
          {
            rule: 'words' as const,
            file: slide.file,
            line: slide.line,
            slide: slide.no,
            message: `${words} words on the slide, more than ${WORD_LIMIT}: move detail to the speaker note`,
          },
        ]
      : []
  })
}
