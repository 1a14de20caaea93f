import type { BrowserContextOptions, Page } from 'playwright-core'
import { devices } from 'playwright-core'
import { waitForSlide } from './ready'

/**
 * The reading view as a phone and a tablet open it, for the browser tests, the bench and the
 * screenshots. Chromium only: this machine has no WebKit, so Safari's engine is not emulated.
 */

/** An iPhone 14's page (390×844 CSS px, 3× pixels) in Chromium with touch and an Android phone's user agent. */
export const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  screen: { width: 390, height: 844 },
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
  userAgent: devices['Pixel 7'].userAgent,
}

/** A tablet held upright (768×1024), with an Android tablet's user agent. */
export const TABLET: BrowserContextOptions = {
  viewport: { width: 768, height: 1024 },
  screen: { width: 768, height: 1024 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  userAgent: devices['Galaxy Tab S9'].userAgent,
}

/** The reading view's section of slide `no`. */
export const sectionSelector = (no: number) => `.reading-section[data-slide="${no}"]`

/**
 * Scrolls the open reading view from top to bottom as a reader does, waiting at each section until its
 * slide is drawn and still (the one `waitForSlide`: the section holds Slidev's `.slidev-page-N`), then
 * returns to the top. Returns the number of sections.
 */
export async function readWholeTalk(page: Page): Promise<number> {
  await page.locator('.reading-view').waitFor()
  const count = await page.locator('.reading-section').count()
  for (let no = 1; no <= count; no++) {
    await page.locator(sectionSelector(no)).scrollIntoViewIfNeeded()
    await waitForSlide(page, no, { still: true })
  }
  await page.evaluate(() => window.scrollTo(0, 0))
  return count
}
