import type { Server } from 'node:http'
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import { sections } from '../../data/sections'
import { absolutizeSocialImage, buildSite } from '../../scripts/lib/build'
import { loadDeck } from '../../scripts/lib/deck'
import { exportName, exportPdf } from '../../scripts/lib/export'
import { SLIDES_PER_PAGE, writeHandout } from '../../scripts/lib/handout'
import { headmatter } from '../../scripts/lib/headmatter'
import { fold, openPdf, pdfInfo, pdfOutline, pdfText, pngSize } from '../../scripts/lib/pdf'
import { serve, serverUrl } from '../../scripts/lib/serve'
import { placeSlides } from '../../setup/sections'
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
/** Where the full cut is published (`npm run build -- --site-url`); the interview cut is built without one. */
const SITE_URL = 'https://example.github.io/talk/'
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
  await buildSite({
    entry: 'slides.md',
    out: file('site'),
    base: BASE,
    siteUrl: SITE_URL,
  })
  await writeHandout({
    slides,
    title: String(headmatter('slides.md').title),
    dir: file('site'),
    base: BASE,
    output: file('handout.pdf'),
    paper: 'A4',
  })
  await exportPdf({
    entry: 'slides.md',
    output: file('export.pdf'),
    siteUrl: SITE_URL,
  })
  await exportPdf({
    entry: 'slides.md',
    output: file('clicks.pdf'),
    withClicks: true,
    siteUrl: SITE_URL,
  })
  await buildSite({
    entry: 'slides-interview.md',
    out: file('interview'),
    base: INTERVIEW_BASE,
  })
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
  expect(meta('og:image')).toBe(`${SITE_URL}og-image.png`)
  expect(meta('twitter:card')).toBe('summary_large_image')
  expect(pngSize(file('site/og-image.png'))).toEqual({ width: 1200, height: 675 })
  expect(readFileSync(file('site/og-image.png')).length, 'a drawn slide, not a blank frame').toBeGreaterThan(20_000)
})

test('with the site\'s address, preview images become absolute URLs, as crawlers require', () => {
  const copy = mkdtempSync(join(tmpdir(), 'deck-meta-'))
  // The interview cut was built without --site-url, so its image URLs are still relative.
  for (const page of ['index.html', '404.html'])
    copyFileSync(file(`interview/${page}`), join(copy, page))
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
  expect([
    Math.round(info.width),
    Math.round(info.height),
  ]).toEqual([595, 842])
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
    return Number(match![1]) * (match![2] === 'minute'
      ? 60
      : 1)
  })
  const minutes = seconds.reduce((sum, s) => sum + s, 0) / 60
  expect(minutes).toBeGreaterThanOrEqual(8)
  expect(minutes).toBeLessThanOrEqual(12)
})

test('the interview cut looks like the full cut: same headmatter but for what names it', () => {
  const own = new Set([
    'title',
    'info',
    'exportFilename',
    'seoMeta',
    'src',
    'duration',
  ])
  const pick = (entry: string) => Object.fromEntries(Object.entries(headmatter(entry)).filter(([key]) => !own.has(key)))
  expect(pick('slides-interview.md')).toEqual(pick('slides.md'))
  expect(exportName('slides-interview.md')).not.toBe(exportName('slides.md'))
})

test('exporting twice gives the same pages and text (npm run export and the build\'s PDF)', async () => {
  const [exported, built] = [
    file('export.pdf'),
    file(`site/${name}.pdf`),
  ]
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

// ---------------------------------------------------------------- what the audience takes home (issue 14)

/** The QR code of `[data-site-qr]` on slide `no`, as a phone camera would read it from a picture of the slide. */
async function decodeQr(page: import('@playwright/test').Page, no: number, base: string): Promise<string | undefined> {
  await openSlide(page, no, undefined, base)
  const png = PNG.sync.read(await page.locator(`.slidev-page-${no} [data-site-qr] svg`).screenshot())
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data
}

test('the title and closing slides show a QR code that decodes to the site URL given to the build, and the URL as text', async ({ browser }) => {
  // Three device pixels per CSS pixel: the title slide's small code still has whole pixels per module.
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    deviceScaleFactor: 3,
  })
  const page = await context.newPage()
  for (const no of [1, slides.length]) {
    expect(await decodeQr(page, no, root), `slide ${no}`).toBe(SITE_URL)
    await expect(page.locator(`.slidev-page-${no} [data-site-qr]`)).toHaveAttribute('href', SITE_URL)
    await expect(page.locator(`.slidev-page-${no} [data-site-qr]`)).toContainText('example.github.io/talk')
  }
  await context.close()
})

test('built without a site URL, the interview cut shows no QR code and no hosted-deck link, on screen or in its PDF', async ({ page }) => {
  for (const no of [1, interview.length]) {
    await openSlide(page, no, undefined, interviewRoot)
    await expect(page.locator(`.slidev-page-${no} h1`).first()).toBeVisible()
    await expect(page.locator('[data-site-qr]')).toHaveCount(0)
  }
  const links = await pdfLinks(file(`interview/${exportName('slides-interview.md')}.pdf`))
  expect(links.filter(link => link.includes('example.github.io'))).toEqual([])
  expect(await pdfText(file(`interview/${exportName('slides-interview.md')}.pdf`))).not.toContain('example.github.io')
})

/** Every link annotation's target in a PDF. */
async function pdfLinks(pdfFile: string): Promise<string[]> {
  const pdf = await openPdf(pdfFile)
  const links = new Set<string>()
  for (let no = 1; no <= pdf.numPages; no++) {
    for (const annotation of await (await pdf.getPage(no)).getAnnotations()) {
      if (annotation.subtype === 'Link' && annotation.url)
        links.add(annotation.url)
    }
  }
  return [...links]
}

/** The sections of a cut, in order, as the bookmarks and the indicator name them. */
function sectionNames(cut: typeof slides): string[] {
  return [
    ...new Set(placeSlides(cut, sections).map(place => place.section)),
  ]
}

test('every PDF has bookmarks by section, each holding its slides\' titles and opening the right page', async () => {
  const pdfs = [
    {
      what: 'npm run export',
      pdf: file('export.pdf'),
      cut: slides,
      page: (no: number) => no,
    },
    {
      what: 'the build\'s PDF',
      pdf: file(`site/${name}.pdf`),
      cut: slides,
      page: (no: number) => no,
    },
    {
      what: 'the interview cut',
      pdf: file(`interview/${exportName('slides-interview.md')}.pdf`),
      cut: interview,
      page: (no: number) => no,
    },
    {
      what: 'npm run export:clicks',
      pdf: file('clicks.pdf'),
      cut: slides,
      page: undefined,
    },
    {
      what: 'the handout',
      pdf: file('handout.pdf'),
      cut: slides,
      page: (no: number) => Math.ceil(no / SLIDES_PER_PAGE),
    },
  ]
  for (const { what, pdf, cut, page } of pdfs) {
    const outline = await pdfOutline(pdf)
    expect(outline.map(section => section.title), what).toEqual(sectionNames(cut))
    const entries = outline.flatMap(section => section.items)
    // The handout's headings carry the slide number before the title (and a title may start with a year).
    expect(entries.map((entry, i) => entry.title.replace(new RegExp(`^${cut[i]?.no} `), '')), what).toEqual(cut.map(slide => fold((slide.title ?? '').replace(/\*\*/g, ''))))
    if (page) {
      expect(entries.map(entry => entry.page), what).toEqual(cut.map(slide => page(slide.no)))
    }
    else {
      expect(entries.map(entry => entry.page).every((p, i, all) => i === 0
        ? p === 1
        : p > all[i - 1]), `${what}: each slide starts after the one before`).toBe(true)
    }
    for (const section of outline)
      expect(section.page, `${what}: ${section.title}`).toBe(section.items[0].page)
  }
})

test('links in the PDFs are live: LinkedIn, email and the hosted deck', async () => {
  for (const pdf of [
    file('export.pdf'),
    file('clicks.pdf'),
    file(`site/${name}.pdf`),
    file('handout.pdf'),
  ]) {
    const links = await pdfLinks(pdf)
    expect(links.some(link => link.startsWith('https://www.linkedin.com/in/')), pdf).toBe(true)
    expect(links.some(link => link.startsWith('mailto:')), pdf).toBe(true)
    expect(links, pdf).toContain(SITE_URL)
  }
  // The interview PDF has no hosted deck (built without a site URL) but keeps the contact links.
  const interviewLinks = await pdfLinks(file(`interview/${exportName('slides-interview.md')}.pdf`))
  expect(interviewLinks.some(link => link.startsWith('mailto:'))).toBe(true)
})

test('the handout is a tagged PDF, whose structure a screen reader can follow', async () => {
  expect((await (await openPdf(file('handout.pdf'))).getMarkInfo())?.Marked).toBe(true)
})

for (const [cutName, cut, base] of [
  [
    'full cut',
    slides,
    () => root,
  ],
  [
    'interview cut',
    interview,
    () => interviewRoot,
  ],
] as const) {
  test(`${cutName}: the progress indicator names the section and position on a content slide of each section, and stays off covers and section openers`, async ({ page }) => {
    const places = placeSlides(cut, sections)
    const shown = [
      ...new Map(places.filter(place => !place.quiet).map(place => [place.key, place])).values(),
    ]
    expect(shown.length, 'sections with a content slide').toBeGreaterThan(2)
    for (const place of shown) {
      await openSlide(page, place.no, undefined, base())
      await expect(page.locator('.where-we-are .where-section')).toHaveText(place.section)
      await expect(page.locator('.where-we-are .where-count')).toHaveText(`${place.no} / ${cut.length}`)
      await expect(page.locator('.where-we-are')).toHaveAttribute('data-section', place.key)
    }
    for (const place of places.filter(p => p.quiet)) {
      await openSlide(page, place.no, undefined, base())
      await expect(page.locator('.where-we-are'), `slide ${place.no} (${cut[place.no - 1].layout})`).toHaveCount(0)
    }
  })
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the progress indicator is quiet but legible in ${scheme}: at least 2.4% of the slide height, WCAG AA contrast`, async ({ browser }) => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 720 },
      colorScheme: scheme,
    })
    const page = await context.newPage()
    const place = placeSlides(slides, sections).find(p => !p.quiet)!
    await openSlide(page, place.no, undefined, root)
    const measured = await page.locator('.where-we-are span').evaluateAll((spans, no) => {
      const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number)
      const lum = ([r, g, b]: number[]) => [r, g, b].map(c => c / 255).map(c => (c <= 0.03928
        ? c / 12.92
        : ((c + 0.055) / 1.055) ** 2.4)).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0)
      const layout = document.querySelector(`.slidev-page-${no} .slidev-layout`)!
      const bg = lum(rgb(getComputedStyle(layout).backgroundColor))
      const slideHeight = layout.getBoundingClientRect().height
      return spans.map((span) => {
        const fg = lum(rgb(getComputedStyle(span).color))
        return {
          text: span.textContent,
          ratio: (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05),
          // Font size as drawn (after the canvas is scaled to the window), against the slide as drawn.
          share: Number.parseFloat(getComputedStyle(span).fontSize) * (span.getBoundingClientRect().height / (span as HTMLElement).offsetHeight) / slideHeight,
        }
      })
    }, place.no)
    expect(measured).toHaveLength(2)
    for (const { text, ratio, share } of measured) {
      expect(ratio, `contrast of "${text}"`).toBeGreaterThanOrEqual(4.5)
      expect(share, `size of "${text}" as a share of the slide height`).toBeGreaterThanOrEqual(0.024)
    }
    await context.close()
  })
}
