import { readFileSync } from 'node:fs'
import { getDocumentProxy } from 'unpdf'

/** PDF facts read in JavaScript (pdf.js through `unpdf`), so no test needs poppler or any other system tool. */

type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>

export async function openPdf(file: string): Promise<PdfDocument> {
  return getDocumentProxy(new Uint8Array(readFileSync(file)))
}

export interface PdfBookmark {
  title: string
  /** 1-based page the bookmark opens. */
  page: number
  items: PdfBookmark[]
}

/** The PDF's bookmarks (its outline), nested as a reader's sidebar shows them, each with the page it opens. */
export async function pdfOutline(file: string): Promise<PdfBookmark[]> {
  const pdf = await openPdf(file)
  type Item = Awaited<ReturnType<typeof pdf.getOutline>>[number]
  const walk = (items: Item[] | null | undefined): Promise<PdfBookmark[]> => Promise.all((items ?? []).map(async (item) => {
    // A named destination is looked up; an explicit one names its page by reference or, rarely, by index.
    const dest = typeof item.dest === 'string'
      ? await pdf.getDestination(item.dest)
      : item.dest
    const target = dest?.[0]
    let page = 0
    if (typeof target === 'number')
      page = target + 1
    else if (target)
      page = await pdf.getPageIndex(target) + 1
    const title = fold(item.title)
    const children = await walk(item.items as Item[])
    return { title, page, items: children }
  }))
  return walk(await pdf.getOutline())
}

/** Page count, and the first page's size in points. */
export async function pdfInfo(file: string): Promise<{ pages: number, width: number, height: number }> {
  const pdf = await openPdf(file)
  const { width, height } = (await pdf.getPage(1)).getViewport({ scale: 1 })
  return { pages: pdf.numPages, width, height }
}

/** The text of the whole PDF, or of page `page` (1-based), with runs of whitespace folded to one space. */
export async function pdfText(file: string, page?: number): Promise<string> {
  const pdf = await openPdf(file)
  const pages = page === undefined
    ? Array.from({ length: pdf.numPages }, (_, i) => i + 1)
    : [page]
  const texts: string[] = []
  for (const no of pages)
    texts.push(pageText((await (await pdf.getPage(no)).getTextContent()).items))
  return fold(texts.join(' '))
}

interface TextRun { str: string, transform: number[], width: number, hasEOL: boolean }

/**
 * A page's text runs in drawing order, joined as a reader reads them: a new line or a visible gap
 * becomes a space, while runs that touch (a word split by a change of font) stay one word.
 */
function pageText(items: readonly object[]): string {
  let text = ''
  let previous: TextRun | undefined
  for (const item of items) {
    if (!('str' in item))
      continue
    const run = item as TextRun
    if (previous) {
      const [, , , size, x, y] = run.transform
      const sameLine = Math.abs(y - previous.transform[5]) < Math.abs(size) * 0.5
      const gap = x - (previous.transform[4] + previous.width)
      if (previous.hasEOL || !sameLine || gap > Math.abs(size) * 0.15)
        text += ' '
    }
    text += run.str
    previous = run
  }
  return text
}

/**
 * Whitespace folded to one space, a hyphenated word that a line broke after its hyphen rejoined
 * (pdf.js reads `thirty-` and `seven` as `thirty- seven`; the deck's text never puts a space after
 * a hyphen, and a range's en dash is another character), and U+02BC (the apostrophe pdf.js reads
 * back for Inter's ’ glyph, which the fonts share) as the ’ the source has, so text compares as a
 * reader sees it.
 */
export function fold(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\p{L}\d])- (?=[\p{L}\d])/gu, '$1-').replace(/\u02BC/g, '\u2019').trim()
}

/** Width and height of a PNG, from its IHDR chunk. */
export function pngSize(file: string): { width: number, height: number } {
  const bytes = readFileSync(file)
  if (bytes.toString('latin1', 1, 4) !== 'PNG')
    throw new Error(`${file} is not a PNG`)
  return {
    width: bytes.readUInt32BE(16),
    height: bytes.readUInt32BE(20),
  }
}
