import type { Page } from 'playwright-core'

export interface SlideWait {
  /**
   * Also wait until nothing moves: every counter at rest and no finite animation or
   * transition running in or around the slide (the slide transition, v-click fades,
   * a diagram's fades and camera). Endless animations (a marching route) never settle; they are motion, not layout.
   */
  still?: boolean
  /** For each condition, in ms. Drawing a diagram (Mermaid + ELK) takes seconds on a busy 2-core machine. */
  timeout?: number
}

/**
 * The one wait for "slide `no` is drawn", shared by the browser tests and the scripts
 * (screenshots, link preview, handout, bench): the slide is visible; its content has
 * mounted (slides load lazily: until then Slidev shows an empty wrapper or
 * `.slidev-slide-loading`, and "no diagram is unready" holds vacuously); every
 * `[data-waitfor]` target in it is visible (what `slidev export` waits for: our
 * diagrams mark themselves drawn this way); Slidev's own Mermaid blocks are rendered;
 * and fonts are loaded. With `still`, it
 * waits for motion to end as well. Every instance of the slide counts (presenter
 * view draws the current and the next one). A timeout names the slide and what never happened.
 */
export async function waitForSlide(page: Page, no: number, { still = false, timeout = 30_000 }: SlideWait = {}): Promise<void> {
  const selector = `.slidev-page-${no}`
  const step = async (what: string, run: () => Promise<unknown>) => {
    try {
      await run()
    }
    catch (error) {
      throw new Error(`slide ${no}: ${what} within ${timeout} ms (${String((error as Error).message).split('\n')[0]})`)
    }
  }
  await step('never showed', () => page.locator(selector).first().waitFor({ state: 'visible', timeout }))
  await step('its content never mounted (still loading)', () => page.waitForFunction(sel => [
    ...document.querySelectorAll(sel),
  ].every(
    slide => slide.querySelector('.slidev-layout') && !slide.querySelector('.slidev-slide-loading'),
  ), selector, { timeout }))
  // No named functions inside page functions: tsx would wrap them in a `__name` helper the page lacks.
  await step('a [data-waitfor] target never became visible', () => page.waitForFunction(sel => [
    ...document.querySelectorAll(`${sel} [data-waitfor]`),
  ]
    .map(el => el.querySelector(el.getAttribute('data-waitfor')!))
    .every(target => !!target && target.getBoundingClientRect().width > 0 && target.getBoundingClientRect().height > 0
      && getComputedStyle(target).visibility !== 'hidden'), selector, { timeout }))
  // Slidev renders Markdown ```mermaid blocks in a scratch container that it empties when done.
  await step('a Mermaid block never finished rendering', () => page.waitForFunction(() => !document.querySelector('#mermaid-rendering-container div'), undefined, { timeout }))
  await page.evaluate(() => document.fonts.ready)
  if (!still)
    return
  await step('a counter never came to rest', () => page.waitForFunction(
    sel => !document.querySelector(`${sel} .metric-counter[data-state="counting"]`),
    selector,
    { timeout },
  ))
  await step('it kept animating', () => page.waitForFunction((sel) => {
    const slides = [
      ...document.querySelectorAll(sel),
    ]
    return document.getAnimations().every((animation) => {
      const target = (animation.effect as KeyframeEffect | null)?.target
      const timing = animation.effect?.getComputedTiming()
      return animation.playState !== 'running' || timing?.iterations === Infinity || !(target instanceof Element)
        || !slides.some(slide => slide.contains(target) || target.contains(slide))
    })
  }, selector, { timeout, polling: 100 }))
}

/**
 * Opens slide `no` at click `clicks` the way a presenter's link does (`<base><no>?clicks=K`),
 * and waits until it is drawn (`waitForSlide`; with `still`, until nothing moves either).
 */
export async function openSlide(page: Page, no: number, clicks?: number, base = '/', wait: SlideWait = {}): Promise<void> {
  const query = clicks === undefined
    ? ''
    : `?clicks=${clicks}`
  await page.goto(`${base}${no}${query}`)
  await waitForSlide(page, no, wait)
}
