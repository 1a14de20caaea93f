import type { DeckInput, Problem } from './input'
import { TIMING_CUE } from './figures'
/**
 * Clicks a note accounts for: `[click]` advances one, `[click:N]` jumps to N,
 * as Slidev's presenter mode reads them.
 */
export function noteClicks(note: string | undefined): number {
  let at = 0
  let max = 0
  for (const m of (note ?? '').matchAll(/\[click(?::(\d+))?\]/g)) {
    at = m[1] === undefined
      ? at + 1
      : Number(m[1])
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
      message: slide.note?.trim()
        ? 'speaker note has only a timing cue; write the words the presenter says'
        : 'slide has no speaker note; add <!-- … --> with the words the presenter says',
    }))
}
