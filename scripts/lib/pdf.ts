import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

/** PDF facts through poppler-utils (`pdfinfo`, `pdftotext`), the tools a reader's machine has too. */

export function pdfInfo(file: string): { pages: number, width: number, height: number } {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]), width: Number(size?.[1]), height: Number(size?.[2]) }
}

/** The text of the whole PDF, or of page `page` (1-based), with runs of whitespace folded to one space. */
export function pdfText(file: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)]
  return fold(execFileSync('pdftotext', [...range, file, '-'], { encoding: 'utf8' }))
}

export function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** Width and height of a PNG, from its IHDR chunk. */
export function pngSize(file: string): { width: number, height: number } {
  const bytes = readFileSync(file)
  if (bytes.toString('latin1', 1, 4) !== 'PNG')
    throw new Error(`${file} is not a PNG`)
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}
