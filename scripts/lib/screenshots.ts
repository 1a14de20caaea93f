import type { Page } from 'playwright-core'
import type { DeckSlide } from './deck'
import { countClicks } from './clicks'
import { readWholeTalk, sectionSelector } from './reading'
import { openSlide } from './ready'

/** What to shoot: into `out`, in a `scheme`, only the slides numbered in `only` when it is given. */
export interface Shots {
  page: Page
  /** The deck's root URL. */
  url: string
  slides: DeckSlide[]
  out: string
  scheme: 'light' | 'dark'
  only?: number[]
}

const two = (no: number) => String(no).padStart(2, '0')

/** Each slide at its last click, or at every click: `<out>/<no>-<clicks>-<scheme>.png`. */
export async function shootSlides({ page, url, slides, out, scheme, only }: Shots, everyClick: boolean): Promise<void> {
  for (const slide of slides.filter(s => !only || only.includes(s.no))) {
    const total = await countClicks(page, slide.no, url)
    const steps = everyClick
      ? Array.from({ length: total + 1 }, (_, k) => k)
      : [total]
    for (const k of steps) {
      await openSlide(page, slide.no, k, url, { still: true })
      await page.screenshot({ path: `${out}/${two(slide.no)}-${k}-${scheme}.png` })
    }
  }
}

/** The reading view's first screen and every slide's section in it: `<out>/reading-<device>-<scheme>-<no>.png` (`00`: the first screen). */
export async function shootReading({ page, url, slides, out, scheme, only }: Shots, device: 'phone' | 'tablet'): Promise<void> {
  const shot = (no: number) => `${out}/reading-${device}-${scheme}-${two(no)}.png`
  await page.goto(`${url}read`)
  await readWholeTalk(page)
  await page.screenshot({
    path: shot(0),
  })
  for (const slide of slides.filter(s => !only || only.includes(s.no))) {
    // The section cut from the whole page, as it lies in the document (no sticky bar over it).
    const box = await page.locator(sectionSelector(slide.no)).evaluate((el) => {
      const { left, top, width, height } = el.getBoundingClientRect()
      return {
        x: left + scrollX,
        y: top + scrollY,
        width,
        height,
      }
    })
    await page.screenshot({
      path: shot(slide.no),
      fullPage: true,
      clip: box,
    })
  }
}
