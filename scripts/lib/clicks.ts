import type { Page } from 'playwright-core'

/**
 * Clicks on slide `no`, counted the way a presenter finds them: ArrowRight
 * until the slide changes (or, on the last slide, until nothing moves).
 * Expects the page on slide `no` at click 0 with its components drawn,
 * since step diagrams register their clicks once mounted.
 */
export async function countClicks(page: Page, no: number): Promise<number> {
  for (let clicks = 0; clicks < 100; clicks++) {
    const before = page.url()
    await page.keyboard.press('ArrowRight')
    const moved = await page.waitForURL(url => url.href !== before, { timeout: 3_000 }).then(() => true, () => false)
    if (!moved || !new URL(page.url()).pathname.endsWith(`/${no}`))
      return clicks
  }
  throw new Error(`slide ${no}: still on it after 100 clicks`)
}
