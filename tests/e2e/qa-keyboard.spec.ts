import type { Page } from '@playwright/test'
import { noteClicks } from '../../scripts/lib/deck-rules'
import { countClicks, expect, position, test, waitForSlide } from './support/deck'
import { deckSlides, openState, pageSelector } from './support/navigation'

/**
 * The presenter's keys: ArrowRight and space walk every click of every slide
 * in order, `g` + number + Enter jumps, and a reload mid-deck keeps the place.
 * Click counts come from Slidev itself (`countClicks`), so the walk is checked
 * against an independent source, and each speaker note must have one `[click]`
 * per click so presenter mode highlights the sentence being said.
 */
const slides = await deckSlides()
const totals = new Map<number, number>()

test.describe.configure({ mode: 'serial' })
test.use({ reducedMotion: 'reduce' })

test.beforeAll(async ({ browser }) => {
  test.setTimeout(180_000)
  const page = await browser.newPage({ reducedMotion: 'reduce' })
  for (const slide of slides)
    totals.set(slide.no, await countClicks(page, slide.no))
  await page.close()
})

/** What the slide shows: its visible text, in order. */
function visibleText(page: Page, no: number): Promise<string> {
  return page.locator(pageSelector(no)).evaluate(root => [
    ...root.querySelectorAll('*'),
  ]
    .filter(el => el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && [...el.childNodes].some(n => n.nodeType === 3 && n.textContent?.trim()))
    .map(el => [...el.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent!.trim()).join(' '))
    .join(' | '))
}

test('each speaker note has one [click] per click of its slide', () => {
  const wrong = slides
    .filter(slide => noteClicks(slide.note) !== totals.get(slide.no))
    .map(slide => `${slide.file}:${slide.line} (slide ${slide.no}): ${totals.get(slide.no)} clicks, note has ${noteClicks(slide.note)} [click] markers`)
  expect(wrong).toEqual([])
})

test('ArrowRight and space walk every click of every slide in order', async ({ page }) => {
  test.setTimeout(300_000)
  await openState(page, 1)
  const expected: { no: number, clicks: number }[] = []
  for (const slide of slides) {
    for (let clicks = 0; clicks <= totals.get(slide.no)!; clicks++)
      expected.push({ no: slide.no, clicks })
  }
  for (let i = 1; i < expected.length; i++) {
    // Space is the other "next" key presenters (and clickers) use.
    await page.keyboard.press(i % 3 === 0
      ? 'Space'
      : 'ArrowRight')
    await expect.poll(() => position(page), { message: `key press ${i} should reach /${expected[i].no}?clicks=${expected[i].clicks}` }).toEqual(expected[i])
    // A presenter presses again once the click has landed; the slide transition must have ended too.
    await waitForSlide(page, expected[i].no, { still: true })
  }
  // At the very end, "next" has nowhere to go.
  await waitForSlide(page, expected.at(-1)!.no, { still: true })
  await page.keyboard.press('ArrowRight')
  await expect.poll(() => position(page)).toEqual(expected.at(-1))
})

test('g, a slide number and Enter jump to that slide', async ({ page }) => {
  test.setTimeout(180_000)
  await openState(page, 1)
  for (const slide of [...slides].reverse()) {
    await page.keyboard.press('g')
    const input = page.locator('#slidev-goto-input')
    await expect(input).toBeFocused()
    await input.fill(String(slide.no))
    await input.press('Enter')
    await expect(input).not.toBeFocused()
    // Navigation lands a moment after Enter: wait for this slide, and say where the jump went if it never comes.
    await expect.poll(() => position(page).no, { message: `g ${slide.no} Enter should open slide ${slide.no}`, timeout: 5_000 }).toBe(slide.no)
    await waitForSlide(page, slide.no)
  }
})

test('a reload mid-deck keeps the slide, the click and what shows', async ({ page }) => {
  // The slide in the middle of the deck with the most clicks.
  const middle = slides.slice(Math.floor(slides.length / 3), Math.ceil((2 * slides.length) / 3))
  const slide = middle.reduce((best, s) => (totals.get(s.no)! > totals.get(best.no)!
    ? s
    : best))
  const clicks = Math.ceil(totals.get(slide.no)! / 2)
  await openState(page, slide.no)
  for (let i = 0; i < clicks; i++)
    await page.keyboard.press('ArrowRight')
  await expect.poll(() => position(page)).toEqual({ no: slide.no, clicks })
  await waitForSlide(page, slide.no, { still: true })
  const before = await visibleText(page, slide.no)
  await page.reload()
  await waitForSlide(page, slide.no, { still: true })
  expect(position(page)).toEqual({ no: slide.no, clicks })
  expect(await visibleText(page, slide.no)).toBe(before)
})
