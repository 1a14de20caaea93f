import type { Page } from '@playwright/test'
import type { DeckDiagram, DeckSlide } from '../../../scripts/lib/deck'
import { diagramsOf, loadDeck } from '../../../scripts/lib/deck'
import { countClicks, expect, openSlide, position, waitForSlide } from './deck'

/**
 * Navigation for the "never breaks on stage" specs (tests/e2e/qa-*.spec.ts): the deck's slides,
 * and every click state of a slide, still. Waiting and click counting are the deck's one
 * `waitForSlide` and one `countClicks`; the audits are `contrast.ts` and `layout.ts`.
 */

let slides: Promise<DeckSlide[]> | undefined
export function deckSlides(): Promise<DeckSlide[]> {
  slides ??= loadDeck()
  return slides
}

export type DiagramSlide = DeckDiagram & { file: string }

/** Every slide that draws a diagram, as the engine itself reads them from the slides. */
export async function diagramSlides(): Promise<DiagramSlide[]> {
  return diagramsOf(await deckSlides()).map(diagram => ({ ...diagram, file: diagram.source.file }))
}

/** The slide element of slide `no`. */
export const pageSelector = (no: number) => `.slidev-page-${no}`

/**
 * Visits every click state of slide `no`, last first: `countClicks` leaves the page at
 * the last click (a link to `/N?clicks=999`, clamped by Slidev), then ArrowLeft steps back,
 * waiting for stillness at each state. One page load per slide keeps the suite bounded.
 */
export async function eachState(page: Page, no: number, visit: (clicks: number) => Promise<void>): Promise<number> {
  const total = await countClicks(page, no)
  for (let clicks = total; clicks >= 0; clicks--) {
    if (clicks !== total) {
      await page.keyboard.press('ArrowLeft')
      await expect.poll(() => position(page), { message: `ArrowLeft on slide ${no} should show click ${clicks}` }).toEqual({ no, clicks })
    }
    await waitForSlide(page, no, { still: true })
    await visit(clicks)
  }
  return total
}

/** Opens slide `no` at `clicks` by URL, as a presenter's link does, and waits until it is still. */
export async function openState(page: Page, no: number, clicks = 0): Promise<void> {
  await openSlide(page, no, clicks || undefined, '/', { still: true })
}
