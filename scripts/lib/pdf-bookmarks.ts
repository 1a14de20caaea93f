import type { PDFDict, PDFRef } from 'pdf-lib'
import type { DeckSlide } from './deck'
import { readFileSync, writeFileSync } from 'node:fs'
import process from 'node:process'
import { PDFDocument, PDFHexString, PDFName, PDFNumber } from 'pdf-lib'
import { sections } from '../../data/sections'
import { placeSlides } from '../../setup/sections'
import { loadDeck } from './deck'
import { pdfOutline } from './pdf'

/**
 * Bookmarks by section and slide title in the PDFs Slidev exports. Slidev's `withToc` (headmatter
 * `export:`) writes one flat bookmark per titled slide (it nests by heading level, and every slide
 * here is an h1), pointing at that slide's last page, which is also how we learn where each
 * slide starts in a `--with-clicks` PDF. We rewrite that outline as sections → slides.
 */

export interface Bookmark {
  title: string
  /** 1-based page. */
  page: number
  children: Bookmark[]
}

/** A title as a reader's sidebar shows it: no Markdown emphasis or code marks. */
function plain(title: string): string {
  return title.replace(/\*\*|__|`/g, '').trim()
}

/** Sections (pages/*.md files, named in data/sections.ts) holding their slides, given each slide's first page. */
export function sectionBookmarks(slides: readonly Pick<DeckSlide, 'no' | 'file' | 'layout' | 'title'>[], firstPages: readonly number[]): Bookmark[] {
  const places = placeSlides(slides, sections)
  const tree: Bookmark[] = []
  slides.forEach((slide, index) => {
    const page = firstPages[index]
    if (places[index].sectionNo > tree.length)
      tree.push({ title: places[index].section, page, children: [] })
    tree.at(-1)!.children.push({
      title: plain(slide.title ?? `Slide ${slide.no}`),
      page,
      children: [],
    })
  })
  return tree
}

/** Replaces the PDF's outline with `bookmarks`, shown open; everything else in the file is kept as it was. */
export async function writeBookmarks(file: string, bookmarks: Bookmark[]): Promise<void> {
  // updateMetadata: false keeps Slidev's title and author and adds no date, so exports stay reproducible.
  const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false })
  const pages = doc.getPages().map(page => page.ref)
  const { context } = doc

  const old = doc.catalog.get(PDFName.of('Outlines'))
  const drop = (ref: unknown) => {
    const dict = context.lookup(ref as PDFRef) as PDFDict | undefined
    for (let item = dict?.get(PDFName.of('First')); item; item = (context.lookup(item as PDFRef) as PDFDict | undefined)?.get(PDFName.of('Next'))) {
      drop(item)
      context.delete(item as PDFRef)
    }
  }
  if (old) {
    drop(old)
    context.delete(old as PDFRef)
  }

  const link = (items: Bookmark[], parent: PDFRef): { first: PDFRef, last: PDFRef, count: number } => {
    const refs = items.map(() => context.nextRef())
    let count = items.length
    items.forEach((item, i) => {
      if (!pages[item.page - 1])
        throw new Error(`${file}: bookmark "${item.title}" points at page ${item.page}, but the PDF has ${pages.length} pages`)
      const dict = context.obj({
        Title: PDFHexString.fromText(item.title),
        Parent: parent,
        Dest: [
          pages[item.page - 1],
          PDFName.of('XYZ'),
          null,
          null,
          null,
        ],
      })
      if (i > 0)
        dict.set(PDFName.of('Prev'), refs[i - 1])
      if (i < items.length - 1)
        dict.set(PDFName.of('Next'), refs[i + 1])
      if (item.children.length) {
        const children = link(item.children, refs[i])
        dict.set(PDFName.of('First'), children.first)
        dict.set(PDFName.of('Last'), children.last)
        dict.set(PDFName.of('Count'), PDFNumber.of(children.count))
        count += children.count
      }
      context.assign(refs[i], dict)
    })
    return {
      first: refs[0],
      last: refs.at(-1)!,
      count,
    }
  }

  const root = context.nextRef()
  const top = link(bookmarks, root)
  context.assign(root, context.obj({
    Type: 'Outlines',
    First: top.first,
    Last: top.last,
    Count: PDFNumber.of(top.count),
  }))
  doc.catalog.set(PDFName.of('Outlines'), root)
  // Readers open with the bookmarks panel showing.
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
  writeFileSync(file, await doc.save())
}

/** Turns the flat outline of `slidev export` with `withToc` (or a build's `--download` PDF) of `entry` into sections → slides. */
export async function addSectionBookmarks(file: string, entry: string, root = process.cwd()): Promise<void> {
  const slides = await loadDeck(root, entry)
  const untitled = slides.filter(slide => !slide.title)
  if (untitled.length)
    throw new Error(`${entry}: slides ${untitled.map(s => `${s.no} (${s.file})`).join(', ')} have no title; a PDF bookmark needs one`)
  const flat: { page: number }[] = []
  const collect = (items: Awaited<ReturnType<typeof pdfOutline>>) => items.forEach((item) => {
    flat.push(item)
    collect(item.items)
  })
  collect(await pdfOutline(file))
  if (flat.length !== slides.length)
    throw new Error(`${file}: Slidev's outline has ${flat.length} entries for ${slides.length} slides; set withToc: true under ${entry}'s headmatter export:`)
  // Slidev points each bookmark at its slide's last page (its last click), so a slide starts after the one before ends.
  const firstPages = slides.map((_, i) => i === 0
    ? 1
    : flat[i - 1].page + 1)
  await writeBookmarks(file, sectionBookmarks(slides, firstPages))
}
