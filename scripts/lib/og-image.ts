import type { Buffer } from 'node:buffer'
import type { Page } from 'playwright-core'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { launchChromium } from 'slidev-addon-talk-engine/browser'
import { waitForSlide } from './ready'
import { withServedDeck } from './serve'

/** The slide canvas in CSS pixels (headmatter `canvasWidth: 980`, `aspectRatio: 16/9`). */
export const CANVAS = { width: 980, height: 551 }

/**
 * Slide `no` at its final state (`?print=true`, as `slidev export` renders it), once it is drawn
 * (`waitForSlide`: content mounted, `[data-waitfor]` targets visible, fonts loaded).
 * `url` is the deck's root, base included.
 */
export async function shootSlide(page: Page, url: string, no: number): Promise<Buffer> {
  await page.goto(`${url}${no}?print=true`, { waitUntil: 'networkidle' })
  await waitForSlide(page, no)
  return page.locator(`[data-slidev-no="${no}"]`).screenshot({ type: 'png', animations: 'disabled' })
}

/**
 * The social preview: the title slide of a built deck, written to `<dir>/og-image.png`
 * (headmatter `seoMeta.ogImage` points there). 1200 px wide, the size link previews expect.
 */
export async function writeOgImage(dir: string, base = '/'): Promise<string> {
  const browser = await launchChromium()
  try {
    const page = await browser.newPage({ viewport: CANVAS, deviceScaleFactor: 1200 / CANVAS.width, colorScheme: 'light' })
    const png = await withServedDeck(dir, base, url => shootSlide(page, url, 1))
    const file = join(dir, 'og-image.png')
    writeFileSync(file, png)
    return file
  }
  finally {
    await browser.close()
  }
}
