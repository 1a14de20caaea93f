import { expect, position, test, waitForSlide } from './support/deck'
import { deckSlides, eachState, pageSelector } from './support/navigation'

/**
 * Every click state of every slide, reached both ways a presenter does (a link
 * to the last click, then ArrowLeft back; ArrowRight forward from the slide's
 * start), with motion on as on stage: no console error, no failed or external
 * request (the deck fixture fails on those), and no component showing its
 * error box.
 */
const slides = await deckSlides()

for (const slide of slides) {
  test(`slide ${slide.no} (${slide.file}:${slide.line}) runs clean at every click`, async ({ page }) => {
    const alerts = page.locator(`${pageSelector(slide.no)} [role="alert"]`)
    const total = await eachState(page, slide.no, async () => {
      await expect(alerts, 'a component is showing an error').toHaveCount(0)
    })
    for (let clicks = 1; clicks <= total; clicks++) {
      await page.keyboard.press('ArrowRight')
      await expect.poll(() => position(page)).toEqual({ no: slide.no, clicks })
      await waitForSlide(page, slide.no, { still: true })
      await expect(alerts, 'a component is showing an error').toHaveCount(0)
    }
  })
}
