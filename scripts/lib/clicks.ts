import type { Page } from 'playwright-core'
import { waitForSlide } from './ready'

/** Where the deck is, from the URL Slidev keeps in sync: `/9?clicks=3` → { no: 9, clicks: 3 } (a base path is fine). */
export function position(page: Page): { no: number, clicks: number } {
  const url = new URL(page.url())
  return {
    no: Number(url.pathname.split('/').filter(Boolean).at(-1) ?? 1),
    clicks: Number(url.searchParams.get('clicks') ?? 0),
  }
}

/** More clicks than any slide has; Slidev clamps it to the slide's last click. */
const CLICKS_MAX = 999

/**
 * The one click counter: slide `no`'s clicks as Slidev itself totals them. Opens
 * `<root><no>?clicks=999`; once the slide's content has mounted (its components register
 * their clicks as they mount, `waitForSlide`), Slidev clamps the URL to the last click.
 * Leaves the page on that slide at its last click. `root` is the deck's root URL, base included.
 */
export async function countClicks(page: Page, no: number, root = '/'): Promise<number> {
  await page.goto(`${root}${no}?clicks=${CLICKS_MAX}`)
  await waitForSlide(page, no)
  await page.waitForFunction(max => new URL(location.href).searchParams.get('clicks') !== String(max), CLICKS_MAX, { timeout: 10_000 })
    .catch(() => {
      throw new Error(`slide ${no}: Slidev never clamped ?clicks=${CLICKS_MAX} to the slide's last click`)
    })
  return position(page).clicks
}
