/**
 * A speaker note as the reading view prints it: the words of the talk, without what only the presenter
 * needs. Works on Slidev's rendered note (`slide.meta.slide.noteHTML`, which a build ships for every
 * slide), so Markdown, links and emphasis stay as Slidev renders them in the presenter view.
 */

/** A timing cue's words, "About 40 seconds." or "About 2 minutes." (the pacing check adds them up). */
export const TIMING_CUE_TEXT = /About \d+ (?:seconds?|minutes?)\./

/** Slidev's mark for a `[click]` (or `[click:N]`) in the note. */
const CLICK_MARK = /<span class="slidev-note-click-mark"[^>]*><\/span>\s*/g

/** The cue as a paragraph of its own, bold or plain, or bold at the start of a paragraph. */
const CUE_PARAGRAPH = new RegExp(String.raw`<p>\s*(?:<(strong|b)>\s*${TIMING_CUE_TEXT.source}\s*</\1>|${TIMING_CUE_TEXT.source})\s*</p>\s*`, 'g')
const CUE_OPENING = new RegExp(String.raw`(<p>)\s*<(strong|b)>\s*${TIMING_CUE_TEXT.source}\s*</\2>\s*`, 'g')

/**
 * Stage directions: a paragraph wholly in italics (`_Point at the NLB._`), or `[bracketed]` text that
 * starts a word (`[pause]`; `items[0]` in code stays).
 */
const ITALIC_PARAGRAPH = /<p>\s*<em>[^<]*<\/em>\s*<\/p>\s*/g
const BRACKETED = /(^|[\s>])\[[^\]<>]*\]\s*/g

/**
 * A sentence the presenter split over clicks ("Kong on ECS / [click] runs with a sidecar,") is one
 * sentence on paper: a paragraph that starts in lower case continues the one before.
 */
const CONTINUATION = /<\/p>\s*<p>(?=[a-z])/g

const EMPTY_PARAGRAPH = /<p>\s*<\/p>\s*/g

/** `noteHTML` without its timing cue, click marks and stage directions; claims and wording stay as written. */
export function noteProse(noteHTML: string): string {
  return noteHTML
    .replace(CLICK_MARK, '')
    .replace(CUE_PARAGRAPH, '')
    .replace(CUE_OPENING, '$1')
    .replace(ITALIC_PARAGRAPH, '')
    .replace(BRACKETED, '$1')
    .replace(CONTINUATION, ' ')
    .replace(EMPTY_PARAGRAPH, '')
    .trim()
}
