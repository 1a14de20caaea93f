import type { Page } from 'playwright-core'
import type { DeckSlide } from '../lib/deck'
import { countClicks } from '../lib/clicks'
import { measureText } from '../lib/legibility'
import { openSlide, waitForSlide } from '../lib/ready'

export interface SmallestText { no: number, file: string, share: number, text: string, clicks: number }

/** The smallest visible text of each slide over all its clicks, as a share of the slide's height. */
export async function smallestTextPerSlide(page: Page, root: string, slides: DeckSlide[]): Promise<SmallestText[]> {
  const found: SmallestText[] = []
  for (const slide of slides) {
    const total = await countClicks(page, slide.no, root)
    let smallest: SmallestText = {
      no: slide.no,
      file: slide.file,
      share: Number.POSITIVE_INFINITY,
      text: '',
      clicks: 0,
    }
    for (let clicks = 0; clicks <= total; clicks++) {
      await openSlide(page, slide.no, clicks, root, { still: true })
      for (const text of await measureText(page, slide.no)) {
        if (text.share < smallest.share) {
          smallest = {
            ...smallest,
            share: text.share,
            text: text.text,
            clicks,
          }
        }
      }
    }
    found.push(smallest)
  }
  return found
}

/**
 * Frame times while the diagram camera moves: the gaps between animation frames from each
 * click on slide `no` until its camera is at rest again. 16.7 ms is every frame at 60 Hz.
 */
export async function cameraFrameTimes(page: Page, root: string, no: number): Promise<number[]> {
  const total = await countClicks(page, no, root)
  await openSlide(page, no, 0, root, { still: true })
  const gaps: number[] = []
  for (let click = 1; click <= total; click++) {
    // A string, not a function: tsx would wrap the named frame callback in a helper the page lacks.
    const recording = page.evaluate<number[]>(`new Promise((done) => {
      const svg = document.querySelector('.slidev-page-${no} .ms-canvas svg')
      const times = []
      const started = performance.now()
      const tick = (now) => {
        times.push(now)
        // Recording starts before the click lands: wait for the move to begin, then to end.
        if (now - started < 150 || svg?.dataset.camera === 'moving')
          requestAnimationFrame(tick)
        else
          done(times.slice(1).map((t, i) => t - times[i]))
      }
      requestAnimationFrame(tick)
    })`)
    await page.keyboard.press('ArrowRight')
    gaps.push(...await recording)
    await waitForSlide(page, no, { still: true })
  }
  return gaps
}
