import { expect, test } from './support/deck'
import { auditLayout, deckSlides, eachState } from './support/qa'

/**
 * Nothing leaves the slide, is cut off, runs out of its card, covers
 * something else or fails to draw, at any click of any slide. Reduced motion:
 * counters and diagrams show their final frame at once.
 */
const slides = await deckSlides()

test.use({ reducedMotion: 'reduce' })

for (const slide of slides) {
  test(`slide ${slide.no} (${slide.file}:${slide.line}) fits its canvas at every click`, async ({ page }) => {
    const found: string[] = []
    await eachState(page, slide.no, async (clicks) => {
      for (const issue of await auditLayout(page, slide.no))
        found.push(`/${slide.no}?clicks=${clicks}: ${issue.kind}: ${issue.what}: ${issue.detail}`)
    })
    expect(found, `layout faults on slide ${slide.no} (${slide.file})`).toEqual([])
  })
}
