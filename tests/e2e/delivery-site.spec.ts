import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { absolutizeSocialImage, buildSite } from '../../scripts/build'
import { exportName, exportPdf, headmatter } from '../../scripts/export'
import { SLIDES_PER_PAGE, writeHandout } from '../../scripts/export-handout'
import { loadDeck } from '../../scripts/lib/deck'
import { serve } from '../../scripts/serve'
import { expect, openSlide, test } from './support/deck'
import { fold, pdfInfo, pdfText, pngSize } from './support/pdf'

/**
 * The full cut as it is published, under a base path like GitHub Pages' `/<repo>/`:
 * `npm run build --base /talk/` into a temporary directory, then the deck, its PDF, its handout
 * and its link preview, checked the way a visitor and a reader meet them. `npm run export`
 * runs once too, to prove two exports of the same deck agree.
 */
const BASE = '/talk/'
const slides = await loadDeck()
const name = exportName('slides.md')
let dir: string
let exports: string
let server: Server
let root: string

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  test.setTimeout(12 * 60_000)
  dir = mkdtempSync(join(tmpdir(), 'deck-site-'))
  exports = mkdtempSync(join(tmpdir(), 'deck-exports-'))
  await buildSite({ entry: 'slides.md', out: dir, base: BASE })
  exportPdf({ entry: 'slides.md', output: join(exports, `${name}.pdf`) })
  await writeHandout({ slides, title: String(headmatter('slides.md').title), dir, base: BASE, output: join(exports, 'handout.pdf'), paper: 'A4' })
  server = await serve({ dir, base: BASE, port: 0 })
  root = `http://127.0.0.1:${(server.address() as AddressInfo).port}${BASE}`
})

test.afterAll(() => {
  server?.close()
  for (const path of [dir, exports])
    rmSync(path, { recursive: true, force: true })
})

test('every slide opens by deep link under the base path, with no request leaving loopback', async ({ page, problems }) => {
  test.setTimeout(slides.length * 5_000)
  for (const slide of slides)
    await openSlide(page, slide.no, undefined, root)
  // The fixture fails the test on any external request; this says so where a reader looks.
  expect(problems.externalRequests).toEqual([])
})

test('a deep link with ?clicks=K shows exactly K click steps', async ({ page }) => {
  const stepped = slides.find(slide => (slide.content.match(/<[^>]+\sv-click[\s>]/g) ?? []).length >= 2)!
  expect(stepped, 'a slide with at least two v-click elements').toBeDefined()
  for (const clicks of [1, 2]) {
    await openSlide(page, stepped.no, clicks, root)
    await expect(page).toHaveURL(`${root}${stepped.no}?clicks=${clicks}`)
    const targets = page.locator(`.slidev-page-${stepped.no} .slidev-vclick-target`)
    const hidden = page.locator(`.slidev-page-${stepped.no} .slidev-vclick-target.slidev-vclick-hidden`)
    expect(await targets.count() - await hidden.count()).toBe(clicks)
  }
})

test('unknown paths fall back to the deck: 404.html is the app, as static hosts serve it', () => {
  expect(readFileSync(join(dir, '404.html'), 'utf8')).toBe(readFileSync(join(dir, 'index.html'), 'utf8'))
})

test('the deck offers its PDF for download, from the build itself', async ({ page }) => {
  await openSlide(page, 3, undefined, root)
  await page.mouse.move(20, 700)
  const download = page.waitForEvent('download')
  await page.getByTitle('Download as PDF').click()
  expect((await download).url()).toBe(`${root}${name}.pdf`)
  const pdf = join(dir, `${name}.pdf`)
  expect(pdfInfo(pdf).pages).toBe(slides.length)
  const text = pdfText(pdf)
  for (const fact of ['Juan Felipe Gómez', '3.39M', '99.90%'])
    expect(text).toContain(fact)
})

test('exporting twice gives the same pages and text (npm run export and the build\'s PDF)', () => {
  const exported = join(exports, `${name}.pdf`)
  const pages = pdfInfo(exported).pages
  expect(pages).toBe(slides.length)
  expect(pdfInfo(join(dir, `${name}.pdf`)).pages).toBe(pages)
  for (let page = 1; page <= pages; page++)
    expect(pdfText(exported, page), `page ${page}`).toBe(pdfText(join(dir, `${name}.pdf`), page))
})

test('link previews: title, description and an image of the title slide, all in the build', () => {
  const html = readFileSync(join(dir, 'index.html'), 'utf8')
  const meta = (property: string) => new RegExp(`<meta property="${property}" content="([^"]*)"`).exec(html)?.[1]
  expect(meta('og:title')).toContain('Juan Felipe Gómez')
  expect(meta('og:description')).toMatch(/\S{10,}/)
  expect(meta('og:image')).toBe('og-image.png')
  expect(meta('twitter:card')).toBe('summary_large_image')
  expect(pngSize(join(dir, 'og-image.png'))).toEqual({ width: 1200, height: 675 })
  expect(readFileSync(join(dir, 'og-image.png')).length, 'a drawn slide, not a blank frame').toBeGreaterThan(20_000)
})

test('with the site\'s address, preview images become absolute URLs, as crawlers require', () => {
  const copy = mkdtempSync(join(tmpdir(), 'deck-meta-'))
  for (const page of ['index.html', '404.html'])
    copyFileSync(join(dir, page), join(copy, page))
  absolutizeSocialImage(copy, 'https://example.github.io/talk')
  const html = readFileSync(join(copy, '404.html'), 'utf8')
  expect(html).toContain('<meta property="og:image" content="https://example.github.io/talk/og-image.png">')
  expect(html).toContain('<meta property="twitter:image" content="https://example.github.io/talk/og-image.png">')
  // Run twice, it finds nothing relative left to fix and says so rather than passing silently.
  expect(() => absolutizeSocialImage(copy, 'https://example.github.io/talk')).toThrow(/no relative og:image/)
  rmSync(copy, { recursive: true })
})

test('the handout has every slide with its speaker notes, three to an A4 page', () => {
  const handout = join(exports, 'handout.pdf')
  expect(existsSync(handout)).toBe(true)
  const info = pdfInfo(handout)
  expect(info.pages).toBe(Math.ceil(slides.length / SLIDES_PER_PAGE))
  expect([Math.round(info.width), Math.round(info.height)]).toEqual([595, 842])
  const text = pdfText(handout)
  for (const slide of slides) {
    expect(text).toContain(fold(`${slide.no} ${slide.title ?? ''}`))
    for (const paragraph of spokenParagraphs(slide.note ?? ''))
      expect(text, `slide ${slide.no}'s notes`).toContain(paragraph)
  }
})

/** A note's paragraphs as a reader sees them: no click markers, no Markdown emphasis. */
function spokenParagraphs(note: string): string[] {
  return note.split(/\n\s*\n/)
    .map(paragraph => fold(paragraph.replace(/\[click(?::\d+)?\]/g, '').replace(/\*\*|`/g, '')))
    .filter(Boolean)
}
