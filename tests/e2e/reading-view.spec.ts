import type { Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { countClicks } from '../../scripts/lib/clicks'
import { measureText, medianPx, TEXT_MEDIAN_PX, TEXT_MIN_PX } from '../../scripts/lib/legibility'
import { PHONE, readWholeTalk, sectionSelector, TABLET } from '../../scripts/lib/reading'
import { noteProse, TIMING_CUE_TEXT } from '../../setup/reading-notes'
import { auditContrast } from './support/contrast'
import { expect, openSlide, test, waitForSlide } from './support/deck'
import { deckSlides, diagramSlides } from './support/navigation'
import { SITE_URL, useReadingSite } from './support/reading-site'

/**
 * The reading view as a phone (390×844) and a tablet upright (768×1024) read it, on the deck built
 * under `/talk/`, scrolled from top to bottom: every slide a section in order, all its text, its note
 * as prose, legible after all scaling, no sideways scrolling, a real document (one h1, a heading per
 * slide, landmarks, keys), axe and WCAG contrast in light and dark. Chromium only: no WebKit here.
 * The engine's diagram figures (each step framed, captioned) are the engine's to test.
 */
const slides = await deckSlides()
const diagrams = await diagramSlides()
const LABEL_MIN_PX = 11
/** A note's timing cue standing alone as a bold paragraph, as the slides write it. */
const CUE_PARAGRAPH = new RegExp(String.raw`^\*\*${TIMING_CUE_TEXT.source}\*\*$`)

const site = useReadingSite()

test.use({ reducedMotion: 'reduce' })

/** Whitespace folded, as a reader compares text. */
const fold = (text: string) => text.replace(/\s+/g, ' ').trim()

/** Visible text under `selector`, node by node, as written (no CSS capitals); the engine's diagrams left to the engine's tests. */
function visibleTexts(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluate((scope) => {
    const found: string[] = []
    const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement
      const text = node.textContent?.replace(/\s+/g, ' ').trim()
      if (text && element && !element.closest('.mermaid-steps') && element.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
        found.push(text)
    }
    return found
  })
}

async function openReadingView(page: Page): Promise<void> {
  await page.goto(`${site.root}read`)
  await readWholeTalk(page)
}

for (const [device, options] of [
  ['phone', PHONE],
  ['tablet', TABLET],
] as const) {
  test.describe(`on a ${device}`, () => {
    test.use(options)

    test('every slide is a section, in order, headed by its title under the document\'s one h1, in landmarks', async ({ page }) => {
      await openReadingView(page)
      await expect(page.locator('h1')).toHaveCount(1)
      await expect(page.locator('h1')).toHaveText('Platform at Scale — Juan Felipe Gómez')
      await expect(page.getByRole('main')).toHaveCount(1)
      await expect(page.getByRole('banner')).toHaveCount(1)
      await expect(page.getByRole('navigation', { name: 'Contents' })).toHaveCount(1)
      const sections = page.locator('.reading-section')
      await expect(sections).toHaveCount(slides.length)
      const headings = await sections.evaluateAll(all => all.map(section => ({
        no: Number((section as HTMLElement).dataset.slide),
        first: section.querySelector('h1, h2, h3, h4, h5, h6')?.tagName,
        title: section.querySelector('h2')?.textContent?.replace(/\s+/g, ' ').trim(),
      })))
      expect(headings).toEqual(slides.map(slide => ({
        no: slide.no,
        first: 'H2',
        title: fold(slide.title!),
      })))
    })

    test(`no text under ${TEXT_MIN_PX} px, the median at least ${TEXT_MEDIAN_PX} px, after all scaling, in the fonts the deck ships; no sideways scrolling`, async ({ page }) => {
      await openReadingView(page)
      const texts = (await measureText(page, '.reading-view')).filter(t => !t.diagram)
      expect(texts.length, 'texts measured').toBeGreaterThan(slides.length * 5)
      const small = texts.filter(t => t.px < TEXT_MIN_PX).map(t => `"${t.text}" at ${t.px.toFixed(1)} px`)
      expect(small, `text under ${TEXT_MIN_PX} px`).toEqual([])
      expect(medianPx(texts, true), 'median size of the text, by character').toBeGreaterThanOrEqual(TEXT_MEDIAN_PX)
      expect(medianPx(texts, false), 'median size of the texts, one each').toBeGreaterThanOrEqual(TEXT_MEDIAN_PX)
      expect([
        ...new Set(texts.filter(t => !t.faceShipped).map(t => t.face)),
      ], 'faces the deck does not ship').toEqual([])
      // A phone widens its layout to whatever overflows, so both the page and the layout must stay the screen's width.
      const width = options.viewport!.width
      expect(await page.evaluate(() => ({ inner: innerWidth, scroll: document.documentElement.scrollWidth }))).toEqual({ inner: width, scroll: width })
    })

    test(`diagram labels at least ${LABEL_MIN_PX} px in every step as shown`, async ({ page }) => {
      await openReadingView(page)
      // Each diagram step is a picture of its own, framed on what it brings (the engine's reading view).
      const labels = (await measureText(page, '.reading-view')).filter(t => t.diagram)
      expect(labels.length, 'diagram labels measured').toBeGreaterThan(0)
      expect(labels.filter(t => t.px < LABEL_MIN_PX).map(t => `"${t.text}" at ${t.px.toFixed(1)} px`)).toEqual([])
    })
  })
}

test.describe('on a phone', () => {
  test.use(PHONE)

  for (const slide of slides) {
    test(`slide ${slide.no} (${slide.file}:${slide.line}): every line the slide view shows at any click, and the note as prose`, async ({ page, browser }) => {
      // The slide view on a desktop, every click, still.
      const desktop = await browser.newPage({
        viewport: { width: 1280, height: 720 },
        reducedMotion: 'reduce',
      })
      const shown = new Set<string>()
      const total = await countClicks(desktop, slide.no, site.root)
      for (let clicks = 0; clicks <= total; clicks++) {
        await openSlide(desktop, slide.no, clicks, site.root, { still: true })
        for (const text of await visibleTexts(desktop, `.slidev-page-${slide.no}`))
          shown.add(text)
      }
      await desktop.close()

      await page.goto(`${site.root}read#${slide.no}`)
      await waitForSlide(page, slide.no, { still: true })
      const section = sectionSelector(slide.no)
      const read = fold((await visibleTexts(page, `${section} .reading-slide`)).join(' '))
      expect([...shown].filter(text => !read.includes(text)), `text of slide ${slide.no} missing from its section`).toEqual([])

      const note = fold(await page.locator(`${section} .reading-note`).textContent() ?? '')
      const said = (slide.note ?? '').split(/\n\s*\n/).map(paragraph => fold(paragraph.replace(/\[click(?::\d+)?\]/g, ''))).filter(paragraph => paragraph && !CUE_PARAGRAPH.test(paragraph))
      expect(said.length, 'the note has words to read').toBeGreaterThan(0)
      expect(said.filter(paragraph => !note.includes(paragraph)), `paragraphs of slide ${slide.no}'s note missing`).toEqual([])
      expect(note, 'no timing cue').not.toMatch(TIMING_CUE_TEXT)
      expect(note, 'no click marks').not.toMatch(/\[click/)
    })
  }

  test('the notes print Slidev\'s own rendering, through noteProse', async ({ page }) => {
    await page.goto(`${site.root}read`)
    const html = await page.locator(`${sectionSelector(2)} .reading-note`).innerHTML()
    expect(html).toBe(noteProse(html))
    expect(html).toMatch(/^<p>/)
  })

  test('counters show their final values as text', async ({ page }) => {
    await openReadingView(page)
    const counters = await page.locator('.reading-view .metric-counter').evaluateAll(all => all.map(counter => ({
      final: (counter as HTMLElement).dataset.final,
      shown: counter.querySelector('[data-role="figure"]')?.textContent?.trim(),
    })))
    expect(counters.length, 'counters in the talk').toBeGreaterThanOrEqual(7)
    expect(counters.filter(c => c.shown !== c.final)).toEqual([])
  })

  test('the QR code gives way to the link itself, and contact links are a thumb\'s size', async ({ page }) => {
    await openReadingView(page)
    await expect(page.locator('.reading-view [data-site-qr]')).toHaveCount(0)
    const links = page.locator('.reading-view [data-site-link]')
    await expect(links).toHaveCount(2)
    for (const link of await links.all()) {
      await expect(link).toHaveAttribute('href', SITE_URL)
      await expect(link).toHaveText('example.github.io/talk')
    }
    const contacts = page.locator('.reading-view .contact-links a')
    await expect(contacts).toHaveCount(2)
    for (const link of await contacts.all()) {
      const box = (await link.boundingBox())!
      expect(box.height, await link.textContent() ?? '').toBeGreaterThanOrEqual(44)
      expect(box.x + box.width, await link.textContent() ?? '').toBeLessThanOrEqual(390)
    }
  })

  test('slides below the first screen load only as the reader comes near them', async ({ page }) => {
    await page.goto(`${site.root}read`)
    await page.waitForLoadState('networkidle')
    const drawn = () => page.locator('.reading-section[data-drawn]').count()
    const first = await drawn()
    expect(first, 'the first screen is drawn').toBeGreaterThanOrEqual(1)
    expect(first, 'the rest waits').toBeLessThan(slides.length / 4)
    await expect(page.locator(`${sectionSelector(slides.length)} .slidev-page`)).toHaveCount(0)
    await readWholeTalk(page)
    expect(await drawn()).toBe(slides.length)
  })

  test('a diagram takes the full width of its section, in the document\'s flow', async ({ page }) => {
    await openReadingView(page)
    const figures = await page.locator('.reading-slide .mermaid-steps').evaluateAll(all => all.map((figure) => {
      const slide = figure.closest('.reading-slide')!
      const padding = Number.parseFloat(getComputedStyle(slide).paddingLeft) + Number.parseFloat(getComputedStyle(slide).paddingRight)
      const box = figure.getBoundingClientRect()
      let positioned = false
      for (let el: Element | null = figure; el && el !== slide; el = el.parentElement)
        positioned ||= ['absolute', 'fixed'].includes(getComputedStyle(el).position)
      return {
        width: Math.round(box.width),
        room: Math.round(slide.clientWidth - padding),
        height: box.height,
        positioned,
      }
    }))
    expect(figures.length, 'diagram slides').toBe(diagrams.length)
    for (const figure of figures) {
      expect(figure.width).toBe(figure.room)
      expect(figure.height).toBeGreaterThan(0)
      expect(figure.positioned).toBe(false)
    }
  })

  test('the keys scroll the page, and Tab reaches the contents and the Slides link', async ({ page }) => {
    await page.goto(`${site.root}read`)
    await waitForSlide(page, 1, { still: true })
    await page.keyboard.press('PageDown')
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(300)
    // Where the page comes to rest after the key before: a smooth scroll may still be under way.
    let before = -1
    await expect.poll(async () => {
      const now = await page.evaluate(() => scrollY)
      const resting = now === before
      before = now
      return resting
    }, {
      intervals: [150],
    }).toBe(true)
    await page.keyboard.press('Space')
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(before)
    await page.keyboard.press('Home')
    await expect.poll(() => page.evaluate(() => scrollY)).toBe(0)
    const reached: string[] = []
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab')
      reached.push(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ''))
    }
    expect(reached).toEqual(expect.arrayContaining(['Contents', 'Slides']))
  })
})

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme}, as the phone is set`, () => {
    test.use({ ...PHONE, colorScheme: scheme })

    test('no serious or critical axe violation, and every text meets WCAG AA contrast', async ({ page }) => {
      test.setTimeout(5 * 60_000)
      await openReadingView(page)
      await expect(page.locator('html')).toHaveClass(scheme === 'dark'
        ? /\bdark\b/
        : /^(?!.*\bdark\b)/)
      // Contrast is measured below, section by section, with the same audit as the slides.
      const axe = await new AxeBuilder({ page }).disableRules(['color-contrast']).analyze()
      const serious = axe.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
        .flatMap(v => v.nodes.map(node => `${v.id} (${v.impact}): ${node.target.join(' ')}`))
      expect(serious).toEqual([])

      const found: string[] = []
      let measured = 0
      const audit = async (selector: string) => {
        const contrast = await auditContrast(page, selector)
        measured += contrast.measured
        found.push(...contrast.issues.map(issue => `${selector}: ${issue.ratio}:1 < ${issue.required}:1 for "${issue.text}" (${issue.fg} on ${issue.bg})`))
      }
      // The audit reads what is painted behind each text, so what it audits must be on screen: a screen as tall as the section.
      await audit('.reading-bar')
      await audit('.reading-head')
      for (const slide of slides) {
        const section = page.locator(sectionSelector(slide.no))
        const height = await section.evaluate(el => el.getBoundingClientRect().height)
        await page.setViewportSize({
          width: 390,
          height: Math.max(844, Math.ceil(height) + 120),
        })
        await section.evaluate(el => el.scrollIntoView({ block: 'start' }))
        await audit(sectionSelector(slide.no))
      }
      expect(measured, 'texts measured').toBeGreaterThan(500)
      expect(found).toEqual([])
    })
  })
}
