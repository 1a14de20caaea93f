import type { DeckInput, Problem } from './input'
import { slideAt } from './helpers'
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
    const char = label === 'windows-1252'
      ? (byte < 0xA0
          ? CP1252_80[byte - 0x80]
          : String.fromCharCode(byte))
      : decoder.decode(Uint8Array.of(byte))
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
      const byte = code < 0x80
        ? code
        : map.get(char)
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
          message: `mis-encoded text "${word}" (${why})${fixed
            ? `; it should read "${fixed}"`
            : ''}`,
        })
        break
      }
    })
  }
  return problems
}
