import type { Page } from '@playwright/test'
import { PHONE, sectionSelector } from '../../scripts/lib/reading'
import { expect, test, waitForSlide } from './support/deck'
import { BASE, useReadingSite } from './support/reading-site'

/**
 * Who gets the reading view by themselves: a phone held upright opening the deck's link, at the slide
 * the link names; everyone else keeps what exists today. On the deck built under `/talk/`, in Chromium
 * with a phone's touch and user agent (no WebKit on this machine).
 */
const site = useReadingSite()

/** The reading view is up, and Slidev's slide view never was. */
async function expectReadingView(page: Page) {
  await expect(page.locator('.reading-view')).toBeVisible()
  await expect(page.locator('#slide-container, .slidev-presenter')).toHaveCount(0)
}

test.describe('a phone', () => {
  test.use(PHONE)

  test('opening the deck\'s link gets the reading view, from the top', async ({ page }) => {
    await page.goto(site.root)
    await expect(page).toHaveURL(`${site.root}read`)
    await expectReadingView(page)
    expect(await page.evaluate(() => scrollY)).toBe(0)
  })

  test('opening slide 12\'s link gets the reading view at slide 12, at the top of the screen', async ({ page }) => {
    await page.goto(`${site.root}12`)
    await expect(page).toHaveURL(`${site.root}read#12`)
    await expectReadingView(page)
    await waitForSlide(page, 12, { still: true })
    // Under the sticky bar, not scrolled past by the slides drawn above it.
    const bar = await page.locator('.reading-bar').boundingBox()
    await expect.poll(async () => (await page.locator(sectionSelector(12)).boundingBox())?.y).toBeGreaterThanOrEqual(bar!.height)
    const top = (await page.locator(sectionSelector(12)).boundingBox())!.y
    expect(top - bar!.height, 'slide 12 starts right under the bar').toBeLessThan(24)
  })

  test('opening <base>read gets the reading view', async ({ page }) => {
    await page.goto(`${site.root}read`)
    await expectReadingView(page)
  })

  test('the presenter view, print and the overview stay as they are', async ({ page }) => {
    await page.goto(`${site.root}presenter/12`)
    await expect(page.locator('.slidev-presenter')).toBeVisible()
    await expect(page).toHaveURL(`${site.root}presenter/12`)
    // `?print` renders slides for a PDF (Slidev's print page needs `download:`, which this build leaves out).
    await page.goto(`${site.root}12?print`)
    await waitForSlide(page, 12)
    await expect(page).toHaveURL(`${site.root}12?print`)
    await page.goto(`${site.root}overview`)
    await expect(page.locator('.slidev-page').first()).toBeVisible()
    await expect(page).toHaveURL(`${site.root}overview`)
    await expect(page.locator('.reading-view')).toHaveCount(0)
  })

  test('the "Slides" link opens the slide the reader is at, and the choice holds for the visit', async ({ page }) => {
    await page.goto(`${site.root}read#12`)
    await waitForSlide(page, 12, { still: true })
    const slides = page.getByRole('link', { name: 'Slides' })
    await expect(slides).toHaveAttribute('href', `${BASE}12`)
    await slides.tap()
    await expect(page).toHaveURL(`${site.root}12`)
    await waitForSlide(page, 12)
    await expect(page.locator('.reading-view')).toHaveCount(0)
    // A reload, and the deck's own link, keep the slides.
    await page.reload()
    await waitForSlide(page, 12)
    await expect(page).toHaveURL(`${site.root}12`)
    await page.goto(site.root)
    await waitForSlide(page, 1)
    await expect(page).toHaveURL(`${site.root}1`)
    await expect(page.locator('.reading-view')).toHaveCount(0)
  })
})

test.describe('a desktop', () => {
  test.use({
    viewport: { width: 1280, height: 720 },
  })

  test('opening slide 12\'s link gets slide 12 of the slide view', async ({ page }) => {
    await page.goto(`${site.root}12`)
    await waitForSlide(page, 12)
    await expect(page).toHaveURL(`${site.root}12`)
    await expect(page.locator('.reading-view')).toHaveCount(0)
  })
})

test.describe('a phone on its side', () => {
  test.use({
    ...PHONE,
    viewport: { width: 844, height: 390 },
    screen: { width: 844, height: 390 },
  })

  test('keeps the slides', async ({ page }) => {
    await page.goto(`${site.root}12`)
    await waitForSlide(page, 12)
    await expect(page).toHaveURL(`${site.root}12`)
  })
})
