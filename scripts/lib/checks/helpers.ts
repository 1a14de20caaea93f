import type { DeckSlide } from '../deck'

/** Line breaks in `text`: how many lines an offset into it lies below its start. */
export function newlines(text: string): number {
  return text.match(/\n/g)?.length ?? 0
}

/** A slide's text after its frontmatter (its note included), and the line of its file it starts on, where Slidev's parser put it. */
export function slideBody(slide: DeckSlide): { text: string, line: number } {
  const { start, contentStart } = slide.parsed.source
  return {
    text: slide.raw.split('\n').slice(contentStart - start).join('\n'),
    line: slide.line + contentStart - start,
  }
}

/** Line of `offset` in a slide's raw text, as a line of its file. */
export function slideLine(slide: DeckSlide, offset: number): number {
  return slide.line + newlines(slide.raw.slice(0, offset))
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
export function tags(slide: DeckSlide, name: string): { attrs: string, offset: number }[] {
  return [
    ...slide.raw.matchAll(new RegExp(`<${name}\\b([^>]*)>`, 'g')),
  ].map(m => ({ attrs: m[1], offset: m.index }))
}

/** A static string attribute (`name="x"` or `:name="'x'"`); undefined when absent or computed. */
export function attr(attrs: string, name: string): string | undefined {
  const plain = new RegExp(`(?:^|\\s)${name}\\s*=\\s*"([^"]*)"`).exec(attrs)
  if (plain)
    return plain[1]
  return new RegExp(`(?:^|\\s):${name}\\s*=\\s*"\\s*'([^']*)'\\s*"`).exec(attrs)?.[1]
}
