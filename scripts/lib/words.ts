/**
 * Words per slide: what the room reads while the presenter talks. A slide holds at most
 * `WORD_LIMIT` words at its last click (what the plain PDF shows); detail goes to the note.
 */
export const WORD_LIMIT = 90

/**
 * Words as a reader counts them: runs between spaces that hold a letter or a digit, so
 * `us-east-1`, `3.39M` and `Gómez` are one word each and `→`, `–`, `·`, `&` are none.
 */
export function countWords(text: string): number {
  return text.split(/\s+/).filter(word => /[\p{L}\p{N}]/u.test(word)).length
}
