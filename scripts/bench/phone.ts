import type { Browser } from 'playwright-core'
import type { DeckSlide } from '../lib/deck'
import type { TextSize } from '../lib/legibility'
import type { PageLoad } from './page-load'
import { SLIDES_CHOSEN, VIEW_CHOICE_KEY } from '../../setup/reading-switch'
import { countClicks } from '../lib/clicks'
import { measureText, medianPx } from '../lib/legibility'
import { PHONE, readWholeTalk } from '../lib/reading'
import { waitForSlide } from '../lib/ready'
import { measurePageLoad, PHONE_CONDITIONS } from './page-load'

/** Keeps a phone on the slide view, as for a reader who tapped "Slides" (setup/reading-switch.ts). */
const SLIDES_ON_A_PHONE = `sessionStorage.setItem(${JSON.stringify(VIEW_CHOICE_KEY)}, ${JSON.stringify(SLIDES_CHOSEN)})`

/**
 * The phone's side by side, cold and throttled (`PHONE_CONDITIONS`): the reading view's first screen as a
 * phone opening the deck's link gets it (through the switch; its first slide's title drawn), against the
 * slide view's first slide on the same phone.
 */
export async function phoneLoads(browser: Browser, root: string): Promise<{ reading: PageLoad, slides: PageLoad }> {
  const reading = await measurePageLoad(browser, root, 1, 'h2', { device: PHONE, throttle: PHONE_CONDITIONS })
  const slides = await measurePageLoad(browser, `${root}1`, 1, 'h1', { device: PHONE, throttle: PHONE_CONDITIONS, init: SLIDES_ON_A_PHONE })
  return { reading, slides }
}

export interface TextOnAPhone {
  /** The smallest text, in CSS px after all scaling. */
  smallest: TextSize
  /** Median size, each text counted once per character. */
  medianPx: number
  /** The smallest diagram label (the engine's figures). */
  smallestLabelPx: number
}

function sizes(texts: TextSize[]): TextOnAPhone {
  const words = texts.filter(t => !t.diagram)
  return {
    smallest: words.reduce((min, t) => t.px < min.px
      ? t
      : min),
    medianPx: medianPx(words),
    smallestLabelPx: Math.min(...texts.filter(t => t.diagram).map(t => t.px)),
  }
}

/** Text sizes of the reading view at 390 px, every section drawn. */
export async function readingTextOnAPhone(browser: Browser, root: string): Promise<TextOnAPhone> {
  const page = await browser.newPage({ ...PHONE, reducedMotion: 'reduce' })
  await page.goto(`${root}read`)
  await readWholeTalk(page)
  const found = sizes(await measureText(page, '.reading-view'))
  await page.close()
  return found
}

/** Text sizes of the slide view at 390 px: every slide at its last click, shrunk to the phone's width. */
export async function slideTextOnAPhone(browser: Browser, root: string, slides: DeckSlide[]): Promise<TextOnAPhone> {
  const context = await browser.newContext({ ...PHONE, reducedMotion: 'reduce' })
  await context.addInitScript(SLIDES_ON_A_PHONE)
  const page = await context.newPage()
  const texts: TextSize[] = []
  for (const slide of slides) {
    // countClicks leaves the slide at its last click.
    await countClicks(page, slide.no, root)
    await waitForSlide(page, slide.no, { still: true })
    texts.push(...await measureText(page, slide.no))
  }
  await context.close()
  return sizes(texts)
}
