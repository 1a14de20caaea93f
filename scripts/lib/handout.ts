import type { Page } from 'playwright-core'
import type { VNode } from 'vue'
import type { DeckSlide } from './deck'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import process from 'node:process'
import { launchChromium } from 'slidev-addon-talk-engine/browser'
import { h } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { sections } from '../../data/sections'
import { placeSlides } from '../../setup/sections'
import { slidevBuild } from './build'
import { loadDeck } from './deck'
import { headmatter } from './headmatter'
import { CANVAS, shootSlide } from './og-image'
import { withServedDeck } from './serve'

/**
 * The speaker handout: every slide at its final state with the speaker notes beside it,
 * three slides to a page, on A4 or Letter. Notes come from Slidev's own rendering of them
 * (the `/presenter/print` page), slides from the built deck, so both match what is presented.
 */

export type Paper = 'A4' | 'Letter'
export const PAPER_MM: Record<Paper, { width: number, height: number }> = {
  A4: { width: 210, height: 297 },
  Letter: { width: 215.9, height: 279.4 },
}
const MARGIN_MM = 12
export const SLIDES_PER_PAGE = 3
/** Notes type size, and the smallest a long note may shrink to and still read well on paper. */
const NOTES_PT = 9
const SMALLEST_PT = 7.5

/** `section` is set on the first slide of each section: its heading opens the section's bookmark. */
export interface HandoutSlide { no: number, title: string, image: string, notes: string, section?: string, links: SlideLink[] }

/** A link on a slide, as fractions of the slide's size, so the handout lays a live link over its picture. */
interface SlideLink { href: string, left: number, top: number, width: number, height: number }

/** The links of slide `no` as it is on screen (LinkedIn, email, the hosted deck): images alone would lose them. */
async function slideLinks(page: Page, no: number): Promise<SlideLink[]> {
  return page.locator(`[data-slidev-no="${no}"]`).evaluate((slide) => {
    const box = slide.getBoundingClientRect()
    return [
      ...slide.querySelectorAll<HTMLAnchorElement>('a[href]'),
    ].map((a) => {
      const r = a.getBoundingClientRect()
      return {
        href: a.href,
        left: (r.left - box.left) / box.width,
        top: (r.top - box.top) / box.height,
        width: r.width / box.width,
        height: r.height / box.height,
      }
    }).filter(link => link.width > 0 && link.height > 0)
  })
}

/** Each slide's notes as Slidev renders them on `/presenter/print`, by slide number. */
async function renderedNotes(page: Page, url: string): Promise<Map<number, string>> {
  await page.goto(`${url}presenter/print`, { waitUntil: 'networkidle' })
  await page.locator('.slidev-note').first().waitFor()
  const blocks = await page.locator('#page-root .break-inside-avoid-page').evaluateAll(elements => elements.map((block) => {
    const note = block.querySelector('.slidev-note')?.cloneNode(true) as HTMLElement | undefined
    // Slidev's click markers are icon badges; on paper a word on the text's baseline reads (and extracts) better.
    for (const mark of note?.querySelectorAll<HTMLElement>('.slidev-note-click-mark') ?? []) {
      const tag = document.createElement('b')
      tag.className = 'ho-click'
      tag.textContent = `click ${mark.dataset.clicks}`
      mark.replaceWith(tag)
    }
    return {
      no: Number.parseInt(block.querySelector('h2 .opacity-50')?.textContent ?? '', 10),
      html: note?.innerHTML ?? '',
    }
  }))
  return new Map(blocks.map(block => [block.no, block.html]))
}

/** The handout's look: one sheet a page, three slide cards a sheet, each a picture with its notes beside it. */
function handoutCss(paper: Paper): string {
  const { width, height } = PAPER_MM[paper]
  return `
  @page { size: ${paper}; margin: ${MARGIN_MM}mm; }
  html, body { height: auto !important; overflow: visible !important; margin: 0; background: #fff; color: #1f2937; }
  body { font: ${NOTES_PT}pt/1.4 Inter, system-ui, sans-serif; }
  .ho-sheet {
    box-sizing: border-box; width: ${width - 2 * MARGIN_MM}mm; height: ${height - 2 * MARGIN_MM}mm;
    display: grid; grid-template-rows: auto repeat(${SLIDES_PER_PAGE}, minmax(0, 1fr)); gap: 4mm;
    break-after: page; overflow: hidden;
  }
  .ho-sheet header { display: flex; justify-content: space-between; font-size: 8pt; color: #6b7280; border-bottom: 0.3mm solid #d1d5db; padding-bottom: 1.5mm; }
  .ho-slide { display: grid; grid-template-columns: 80mm 1fr; gap: 5mm; min-height: 0; }
  .ho-picture { position: relative; width: 80mm; height: fit-content; }
  .ho-picture a { position: absolute; }
  .ho-slide img { display: block; width: 80mm; border: 0.3mm solid #d1d5db; border-radius: 1mm; }
  .ho-notes { min-height: 0; overflow: hidden; }
  .ho-notes .ho-section { font-size: 8pt; font-weight: 600; margin: 0 0 0.8mm; color: #0e7490; }
  .ho-notes h2 { font-size: 10pt; font-weight: 600; margin: 0 0 1.5mm; color: #111827; }
  .ho-notes h2 span { color: #6b7280; font-weight: 400; margin-right: 1mm; }
  .ho-notes p { margin: 0 0 1.5mm; }
  .ho-click { font-size: 0.85em; color: #0e7490; margin-right: 0.5mm; }
`
}

/** One slide's card: its picture, live links laid over it, and its notes as Slidev rendered them. */
function card(slide: HandoutSlide): VNode {
  const percent = (share: number) => `${share * 100}%`
  return h('article', { 'class': 'ho-slide', 'data-slide': slide.no }, [
    h('div', { class: 'ho-picture' }, [
      h('img', { src: `data:image/png;base64,${slide.image}`, alt: `Slide ${slide.no}` }),
      ...slide.links.map(link => h('a', {
        'href': link.href,
        'aria-label': link.href,
        'style': {
          left: percent(link.left),
          top: percent(link.top),
          width: percent(link.width),
          height: percent(link.height),
        },
      })),
    ]),
    h('div', { class: 'ho-notes' }, [
      ...slide.section
        ? [
            h('h1', { class: 'ho-section' }, slide.section),
          ]
        : [],
      h('h2', [
        h('span', String(slide.no)),
        ` ${slide.title}`,
      ]),
      // Slidev's own HTML of the note (the deck's Markdown), as /presenter/print shows it.
      h('div', { innerHTML: slide.notes }),
    ]),
  ])
}

/** The handout's page, rendered by Vue's server renderer: every text and attribute is escaped by Vue. */
export async function handoutHtml({ title, paper, slides, stylesheets }: { title: string, paper: Paper, slides: HandoutSlide[], stylesheets: string[] }): Promise<string> {
  const pages = Math.ceil(slides.length / SLIDES_PER_PAGE)
  const sheets = Array.from({ length: pages }, (_, index) => h('section', { class: 'ho-sheet' }, [
    h('header', [
      h('span', title),
      h('span', `Speaker notes · page ${index + 1} of ${pages}`),
    ]),
    ...slides.slice(index * SLIDES_PER_PAGE, (index + 1) * SLIDES_PER_PAGE).map(card),
  ]))
  const page = h('html', { lang: 'en' }, [
    h('head', [
      h('meta', { charset: 'utf-8' }),
      h('title', `${title} — speaker notes`),
      ...stylesheets.map(href => h('link', { rel: 'stylesheet', href })),
      h('style', {
        innerHTML: handoutCss(paper),
      }),
    ]),
    h('body', sheets),
  ])
  return `<!doctype html>\n${await renderToString(page)}`
}

/** Writes the handout of the deck built in `dir` by `npm run build` (served under `base`) to `output`. */
export async function writeHandout({ slides, title, dir, base, output, paper }: { slides: DeckSlide[], title: string, dir: string, base: string, output: string, paper: Paper }): Promise<void> {
  const browser = await launchChromium()
  try {
    // 1.5× the canvas keeps slide text crisp at 80 mm wide without bloating the PDF.
    const page = await browser.newPage({ viewport: CANVAS, deviceScaleFactor: 1.5, colorScheme: 'light' })
    await withServedDeck(dir, base, async (url) => {
      const notes = await renderedNotes(page, url)
      const stylesheets = await page.locator('link[rel="stylesheet"]').evaluateAll(links => links.map(link => (link as HTMLLinkElement).href))
      const handoutSlides: HandoutSlide[] = []
      const places = placeSlides(slides, sections)
      for (const slide of slides) {
        const image = (await shootSlide(page, url, slide.no)).toString('base64')
        const links = await slideLinks(page, slide.no)
        const place = places[slide.no - 1]
        const opens = slide.no === 1 || places[slide.no - 2].key !== place.key
        handoutSlides.push({
          no: slide.no,
          title: slide.title ?? '',
          image,
          notes: notes.get(slide.no) ?? '',
          section: opens ? place.section : undefined,
          links,
        })
      }
      // Served from the deck's origin, so the deck's stylesheets, and the fonts they load, apply.
      const handoutUrl = `${url}__handout`
      const body = await handoutHtml({
        title,
        paper,
        slides: handoutSlides,
        stylesheets,
      })
      await page.route(handoutUrl, route => route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body,
      }))
      await page.goto(handoutUrl, { waitUntil: 'networkidle' })
      await page.evaluate(() => document.fonts.ready)
      // A long note is set smaller until it fits its third of the page.
      const cut = await page.locator('.ho-notes').evaluateAll((elements, [largest, smallest]) => elements.filter((notes) => {
        for (let size = largest; notes.scrollHeight > notes.clientHeight + 1 && size > smallest; size -= 0.25)
          notes.style.fontSize = `${size - 0.25}pt`
        return notes.scrollHeight > notes.clientHeight + 1
      }).map(notes => notes.closest('.ho-slide')?.getAttribute('data-slide')), [NOTES_PT, SMALLEST_PT])
      if (cut.length)
        throw new Error(`The notes of slide(s) ${cut.join(', ')} do not fit a third of a ${paper} page even at ${SMALLEST_PT} pt; shorten them.`)
      mkdirSync(dirname(output), { recursive: true })
      // Chromium builds the bookmarks from the headings (section h1 → slide h2) and tags the structure for screen readers.
      await page.pdf({
        path: output,
        preferCSSPageSize: true,
        printBackground: true,
        outline: true,
        tagged: true,
      })
    })
  }
  finally {
    await browser.close()
  }
}

/**
 * `npm run export:handout`: the handout of `entry`, from the site built in `dir` (under `base`), or,
 * without `dir`, from a build made for it alone into a directory removed after. Slidev only ships the
 * `/presenter/print` page the notes come from in builds that offer the PDF (`--download`).
 */
export async function exportHandout({ entry, output, paper, dir, base, siteUrl }: { entry: string, output: string, paper: Paper, dir?: string, base: string, siteUrl?: string }): Promise<void> {
  const site = dir ?? mkdtempSync(join(tmpdir(), 'handout-'))
  try {
    if (!dir) {
      slidevBuild({
        entry,
        out: site,
        base,
        pdf: true,
        siteUrl,
      })
    }
    await writeHandout({
      slides: await loadDeck(process.cwd(), entry),
      title: String(headmatter(entry).title ?? entry),
      dir: site,
      base,
      output,
      paper,
    })
  }
  finally {
    if (!dir)
      rmSync(site, { recursive: true, force: true })
  }
}
