import type { Server } from 'node:http'
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { absolutizeSocialImage, buildSite } from '../../scripts/build'
import { exportName, exportPdf, headmatter } from '../../scripts/export'
import { SLIDES_PER_PAGE, writeHandout } from '../../scripts/export-handout'
import { loadDeck } from '../../scripts/lib/deck'
import { fold, pdfInfo, pdfText, pngSize } from '../../scripts/lib/pdf'
import { serve, serverUrl } from '../../scripts/serve'
import { countClicks, expect, openSlide, test } from './support/deck'

/**
 * The deck as people get it, made once by the real scripts into temporary directories:
 * the full cut published under a base path like GitHub Pages' `/<repo>/` (`npm run build -- --base /talk/`,
 * with its PDF and link preview), `npm run export`, `npm run export:clicks`, the handout, and the
 * interview cut's own build. One file, made in series: Slidev's build exports its PDF on a fixed
 * port (12445), so two of these running at once would collide.
 */
const slides = await loadDeck()
const interview = await loadDeck(process.cwd(), 'slides-interview.md')
const name = exportName('slides.md')
const BASE = '/talk/'
const INTERVIEW_BASE = '/interview/'
let dir: string
let servers: Server[] = []
let root: string
let interviewRoot: string
const file = (path: string) => join(dir, path)

test.describe.configure({ mode: 'serial' })

async function serveOn(out: string, base: string): Promise<string> {
  const server = await serve({ dir: out, base, port: 0 })
  servers.push(server)
  return serverUrl(server, base)
}

test.beforeAll(async () => {
  test.setTimeout(20 * 60_000)
  dir = mkdtempSync(join(tmpdir(), 'deck-delivery-'))
  await buildSite({ entry: 'slides.md', out: file('site'), base: BASE })
  await writeHandout({ slides, title: String(headmatter('slides.md').title), dir: file('site'), base: BASE, output: file('handout.pdf'), paper: 'A4' })
  await exportPdf({ entry: 'slides.md', output: file('export.pdf') })
  await exportPdf({ entry: 'slides.md', output: file('clicks.pdf'), withClicks: true })
  await buildSite({ entry: 'slides-interview.md', out: file('interview'), base: INTERVIEW_BASE })
  root = await serveOn(file('site'), BASE)
  interviewRoot = await serveOn(file('interview'), INTERVIEW_BASE)
})

test.afterAll(() => {
  servers.forEach(server => server.close())
  servers = []
  if (dir)
    rmSync(dir, { recursive: true, force: true })
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
    // Polled: v-click targets mount with the slide's components, a moment after it shows.
    await expect.poll(async () => await targets.count() - await hidden.count()).toBe(clicks)
  }
})

test('unknown paths fall back to the deck: 404.html is the app, as static hosts serve it', () => {
  expect(readFileSync(file('site/404.html'), 'utf8')).toBe(readFileSync(file('site/index.html'), 'utf8'))
})

test('the deck offers its PDF for download, from the build itself', async ({ page }) => {
  await openSlide(page, 3, undefined, root)
  await page.mouse.move(20, 700)
  const download = page.waitForEvent('download')
  await page.getByTitle('Download as PDF').click()
  expect((await download).url()).toBe(`${root}${name}.pdf`)
  const pdf = file(`site/${name}.pdf`)
  expect((await pdfInfo(pdf)).pages).toBe(slides.length)
  const text = await pdfText(pdf)
  for (const fact of ['Juan Felipe Gómez', '3.39M', '99.90%'])
    expect(text).toContain(fact)
})

test('link previews: title, description and an image of the title slide, all in the build', () => {
  const html = readFileSync(file('site/index.html'), 'utf8')
  const meta = (property: string) => new RegExp(`<meta property="${property}" content="([^"]*)"`).exec(html)?.[1]
  expect(meta('og:title')).toContain('Juan Felipe Gómez')
  expect(meta('og:description')).toMatch(/\S{10,}/)
  expect(meta('og:image')).toBe('og-image.png')
  expect(meta('twitter:card')).toBe('summary_large_image')
  expect(pngSize(file('site/og-image.png'))).toEqual({ width: 1200, height: 675 })
  expect(readFileSync(file('site/og-image.png')).length, 'a drawn slide, not a blank frame').toBeGreaterThan(20_000)
})

test('with the site\'s address, preview images become absolute URLs, as crawlers require', () => {
  const copy = mkdtempSync(join(tmpdir(), 'deck-meta-'))
  for (const page of ['index.html', '404.html'])
    copyFileSync(file(`site/${page}`), join(copy, page))
  absolutizeSocialImage(copy, 'https://example.github.io/talk')
  const html = readFileSync(join(copy, '404.html'), 'utf8')
  expect(html).toContain('<meta property="og:image" content="https://example.github.io/talk/og-image.png">')
  expect(html).toContain('<meta property="twitter:image" content="https://example.github.io/talk/og-image.png">')
  // Run twice, it finds nothing relative left to fix and says so rather than passing silently.
  expect(() => absolutizeSocialImage(copy, 'https://example.github.io/talk')).toThrow(/no relative og:image/)
  rmSync(copy, { recursive: true })
})

test('the handout has every slide with its speaker notes, three to an A4 page', async () => {
  const handout = file('handout.pdf')
  expect(existsSync(handout)).toBe(true)
  const info = await pdfInfo(handout)
  expect(info.pages).toBe(Math.ceil(slides.length / SLIDES_PER_PAGE))
  expect([Math.round(info.width), Math.round(info.height)]).toEqual([595, 842])
  const text = await pdfText(handout)
  for (const slide of slides) {
    expect(text).toContain(fold(`${slide.no} ${slide.title ?? ''}`))
    for (const paragraph of spokenParagraphs(slide.note ?? ''))
      expect(text, `slide ${slide.no}'s notes`).toContain(paragraph)
  }
})

test('the click-by-click PDF has one page per click step: the sum over slides of (clicks + 1)', async ({ page }) => {
  test.setTimeout(slides.length * 10_000)
  let expected = 0
  for (const slide of slides)
    expected += await countClicks(page, slide.no, root) + 1
  expect(expected).toBeGreaterThan(slides.length)
  expect((await pdfInfo(file('clicks.pdf'))).pages).toBe(expected)
  const text = await pdfText(file('clicks.pdf'))
  for (const fact of ['Juan Felipe Gómez', '3.39M', '99.90%'])
    expect(text).toContain(fact)
})

test('the interview cut is its own deck: its slides, in order, by deep link under its base', async ({ page }) => {
  expect(interview.length).toBeLessThan(slides.length)
  for (const slide of interview) {
    await openSlide(page, slide.no, undefined, interviewRoot)
    if (slide.title)
      await expect(page.locator(`.slidev-page-${slide.no} h1`).first()).toHaveText(slide.title.replace(/\*\*/g, ''))
  }
  expect((await pdfInfo(file(`interview/${exportName('slides-interview.md')}.pdf`))).pages).toBe(interview.length)
})

test('the interview cut runs about ten minutes by its notes\' "About N seconds"', () => {
  const seconds = interview.map((slide) => {
    const match = /About (\d+) (second|minute)/.exec(slide.note ?? '')
    expect(match, `slide ${slide.no} (${slide.file}) says how long it takes`).not.toBeNull()
    return Number(match![1]) * (match![2] === 'minute' ? 60 : 1)
  })
  const minutes = seconds.reduce((sum, s) => sum + s, 0) / 60
  expect(minutes).toBeGreaterThanOrEqual(8)
  expect(minutes).toBeLessThanOrEqual(12)
})

test('the interview cut looks like the full cut: same headmatter but for what names it', () => {
  const own = new Set(['title', 'info', 'exportFilename', 'seoMeta', 'src', 'duration'])
  const pick = (entry: string) => Object.fromEntries(Object.entries(headmatter(entry)).filter(([key]) => !own.has(key)))
  expect(pick('slides-interview.md')).toEqual(pick('slides.md'))
  expect(exportName('slides-interview.md')).not.toBe(exportName('slides.md'))
})

test('exporting twice gives the same pages and text (npm run export and the build\'s PDF)', async () => {
  const [exported, built] = [file('export.pdf'), file(`site/${name}.pdf`)]
  const pages = (await pdfInfo(exported)).pages
  expect(pages).toBe(slides.length)
  expect((await pdfInfo(built)).pages).toBe(pages)
  for (let page = 1; page <= pages; page++)
    expect(await pdfText(exported, page), `page ${page}`).toBe(await pdfText(built, page))
})

/** A note's paragraphs as a reader sees them: no click markers, no Markdown emphasis. */
function spokenParagraphs(note: string): string[] {
  return note.split(/\n\s*\n/)
    .map(paragraph => fold(paragraph.replace(/\[click(?::\d+)?\]/g, '').replace(/\*\*|`/g, '')))
    .filter(Boolean)
}
