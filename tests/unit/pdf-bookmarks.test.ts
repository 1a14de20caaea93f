import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { afterAll, describe, expect, it } from 'vitest'
import { pdfOutline } from '../../scripts/lib/pdf'
import { writeBookmarks } from '../../scripts/lib/pdf-bookmarks'

const dir = (() => {
  mkdirSync(resolve(__dirname, '../../test-results'), { recursive: true })
  return mkdtempSync(resolve(__dirname, '../../test-results/bookmarks-'))
})()
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function blankPdf(pages: number): Promise<string> {
  const doc = await PDFDocument.create()
  for (let i = 0; i < pages; i++)
    doc.addPage([400, 225])
  const file = join(dir, `blank-${pages}.pdf`)
  writeFileSync(file, await doc.save())
  return file
}

describe('writeBookmarks', () => {
  it('writes a nested outline that pdf.js reads back with titles (non-ASCII too) and pages', async () => {
    const file = await blankPdf(4)
    await writeBookmarks(file, [
      {
        title: 'Introduction',
        page: 1,
        children: [
          { title: 'Let’s talk', page: 1, children: [] },
          { title: '2010 → today', page: 2, children: [] },
        ],
      },
      {
        title: 'API gateway',
        page: 3,
        children: [
          { title: 'One request', page: 4, children: [] },
        ],
      },
    ])
    expect(await pdfOutline(file)).toEqual([
      {
        title: 'Introduction',
        page: 1,
        items: [
          { title: 'Let’s talk', page: 1, items: [] },
          { title: '2010 → today', page: 2, items: [] },
        ],
      },
      {
        title: 'API gateway',
        page: 3,
        items: [
          { title: 'One request', page: 4, items: [] },
        ],
      },
    ])
  })

  it('replaces an outline rather than adding to it, and refuses a page the PDF does not have', async () => {
    const file = await blankPdf(2)
    await writeBookmarks(file, [
      { title: 'Old', page: 1, children: [] },
    ])
    await writeBookmarks(file, [
      { title: 'New', page: 2, children: [] },
    ])
    expect(await pdfOutline(file)).toEqual([
      { title: 'New', page: 2, items: [] },
    ])
    await expect(writeBookmarks(file, [
      { title: 'Past the end', page: 3, children: [] },
    ])).rejects.toThrow(/points at page 3, but the PDF has 2 pages/)
  })
})
