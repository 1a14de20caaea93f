import type { Page } from '@playwright/test'
import type { MetricId } from '../../data/metrics'
import { formatMetric } from 'slidev-addon-talk-engine'
import { career } from '../../data/career'
import { reliabilityStory } from '../../data/derived'
import { metrics } from '../../data/metrics'
import { loadDeck } from '../../scripts/lib/deck'
import { expect, openSlide, test } from './support/deck'

const deck = await loadDeck()

/** The first slide whose Markdown matches, found by content so moving slides doesn't break the spec. */
function slideWith(pattern: RegExp): number {
  const slide = deck.find(s => pattern.test(s.content))
  if (!slide)
    throw new Error(`No slide matches ${pattern}`)
  return slide.no
}

/** A slide where aggregateRps counts on entry (no `at`), so navigation alone starts it. */
const rpsSlide = () => slideWith(/<MetricCounter metric="aggregateRps"\s*\/>/)

/** What a metric must read at rest, computed here from data, not read back from the page. */
function exact(id: MetricId): string {
  return formatMetric(metrics[id].value, metrics[id].format)
}

const CLICKS_ALL = 99
const counterSlides = deck.filter(s => /<(?:MetricCounter|SuccessRateStory|AvailabilityBudget)\b/.test(s.content))

/** Records every text each counter shows, from the first frame on, keyed `slide:metric`. */
async function recordFigures(page: Page) {
  await page.addInitScript(() => {
    const seen: Record<string, string[]> = {}
    ;(window as unknown as { __figures: typeof seen }).__figures = seen
    new MutationObserver(() => {
      for (const el of document.querySelectorAll<HTMLElement>('[data-metric]')) {
        const no = /slidev-page-(\d+)/.exec(el.closest('[class*="slidev-page-"]')?.className ?? '')?.[1]
        const text = el.querySelector('[data-role="figure"]')?.textContent ?? ''
        const list = (seen[`${no}:${el.dataset.metric}`] ??= [])
        if (list.at(-1) !== text)
          list.push(text)
      }
    }).observe(document, { subtree: true, childList: true, characterData: true })
  })
  return () => page.evaluate(() => (window as unknown as { __figures: Record<string, string[]> }).__figures)
}

function counter(page: Page, no: number, id: MetricId) {
  return page.locator(`.slidev-page-${no} [data-metric="${id}"]`)
}

async function expectAtRest(page: Page, no: number, id: MetricId) {
  const el = counter(page, no, id)
  await expect(el).toHaveAttribute('data-state', 'rest', { timeout: 5_000 })
  await expect(el.locator('[data-role="figure"]')).toHaveText(exact(id))
  await expect(el).toHaveAttribute('data-final', exact(id))
}

test.describe('metric counters', () => {
  test('the deck uses the counters this spec covers', () => {
    expect(counterSlides.length).toBeGreaterThan(0)
  })

  for (const slide of counterSlides) {
    test(`slide ${slide.no} (${slide.file}) rests on exact figures after counting`, async ({ page }) => {
      await openSlide(page, slide.no, CLICKS_ALL)
      // The slide can be visible a moment before its counters mount: wait for them, don't race them.
      await expect(page.locator(`.slidev-page-${slide.no} [data-metric]`).first()).toBeAttached()
      const ids = await page.locator(`.slidev-page-${slide.no} [data-metric]`).evaluateAll(els => els.map(e => (e as HTMLElement).dataset.metric!))
      expect(ids.length).toBeGreaterThan(0)
      for (const id of ids)
        await expectAtRest(page, slide.no, id as MetricId)
      // innerText, not textContent: what is rendered and shown, as a reader sees it.
      // eslint-disable-next-line unicorn/prefer-dom-node-text-content
      const text = await page.locator(`.slidev-page-${slide.no}`).innerText()
      for (const id of ids)
        expect(text).toContain(exact(id as MetricId))
    })
  }

  test('counting passes through partial values, each in the declared format', async ({ page }) => {
    const figures = await recordFigures(page)
    const no = rpsSlide()
    await openSlide(page, no)
    await expectAtRest(page, no, 'aggregateRps')
    const seen = (await figures())[`${no}:aggregateRps`]
    expect(seen.length, `frames seen: ${seen.join(' ')}`).toBeGreaterThan(3)
    expect(seen.at(-1)).toBe('3.39M')
    for (const text of seen)
      expect(text).toMatch(/^\d\.\d{2}M$/)
  })

  test('with reduced motion the exact figure is there at first paint', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' })
    const figures = await recordFigures(page)
    const no = rpsSlide()
    await openSlide(page, no)
    // Read once, without waiting: no animation may be running.
    const el = counter(page, no, 'aggregateRps')
    expect(await el.locator('[data-role="figure"]').textContent()).toBe('3.39M')
    expect(await el.getAttribute('data-state')).toBe('rest')
    expect((await figures())[`${no}:aggregateRps`]).toEqual(['3.39M'])
  })

  test('going forward and back restarts the count and ends on the exact figure', async ({ page }) => {
    const figures = await recordFigures(page)
    const no = rpsSlide()
    await openSlide(page, no)
    // Down/Up change slide whatever the clicks. Leave mid-count, bounce, come back and settle.
    await page.keyboard.press('ArrowDown')
    await expect(page).toHaveURL(new RegExp(`/${no + 1}(\\?|$)`))
    await page.keyboard.press('ArrowUp')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowUp')
    await expect(page).toHaveURL(new RegExp(`/${no}(\\?|$)`))
    await expectAtRest(page, no, 'aggregateRps')
    const seen = (await figures())[`${no}:aggregateRps`]
    expect(seen.filter(text => text === '0.00M').length, `frames seen: ${seen.join(' ')}`).toBeGreaterThanOrEqual(2)
    expect(seen.at(-1)).toBe('3.39M')
  })

  test('a counter with `at` stays hidden until its click, then counts to its figure', async ({ page }) => {
    const no = slideWith(/<MetricCounter metric="eksClusters" :at="1"/)
    await openSlide(page, no, 0)
    const clusters = counter(page, no, 'eksClusters')
    await expect(clusters).toHaveClass(/slidev-vclick-hidden/)
    await page.keyboard.press('ArrowRight')
    await expect(clusters).not.toHaveClass(/slidev-vclick-hidden/)
    await expectAtRest(page, no, 'eksClusters')
  })
})

test.describe('success rate story', () => {
  const story = reliabilityStory()

  test('reveals the after figure, then the derived insight', async ({ page }) => {
    const no = slideWith(/<SuccessRateStory/)
    await openSlide(page, no, 0)
    const slide = page.locator(`.slidev-page-${no}`)
    await expectAtRest(page, no, 'successRateBefore')
    await expect(counter(page, no, 'successRateAfter')).toHaveClass(/slidev-vclick-hidden/)
    await expect(slide.locator('[data-insight]')).toHaveClass(/slidev-vclick-hidden/)

    await page.keyboard.press('ArrowRight')
    await expect(counter(page, no, 'successRateAfter')).not.toHaveClass(/slidev-vclick-hidden/)
    await expect(slide.locator('[data-bar="after"]')).not.toHaveClass(/slidev-vclick-hidden/)
    await expectAtRest(page, no, 'successRateAfter')
    await expect(slide.locator('[data-insight]')).toHaveClass(/slidev-vclick-hidden/)

    await page.keyboard.press('ArrowRight')
    const insight = slide.locator('[data-insight]')
    await expect(insight).not.toHaveClass(/slidev-vclick-hidden/)
    await expect(insight).toContainText(`${story.failureBeforeText} to ${story.failureAfterText}`)
    await expect(insight).toContainText(`${story.reductionText} lower, at ${exact('averageRps')}`)
    await expect(insight).toContainText('derived')
  })
})

test.describe('career timeline', () => {
  test('reveals one era per click and fits the slide', async ({ page }) => {
    const no = slideWith(/<CareerTimeline/)
    await openSlide(page, no, 0)
    const slide = page.locator(`.slidev-page-${no}`)
    const hidden = () => slide.locator('[data-era].slidev-vclick-hidden').evaluateAll(els => els.map(e => (e as HTMLElement).dataset.era))
    await expect.poll(hidden).toEqual(['cloud', 'twilio'])
    await page.keyboard.press('ArrowRight')
    await expect.poll(hidden).toEqual(['twilio'])
    await page.keyboard.press('ArrowRight')
    await expect.poll(hidden).toEqual([])

    // Nothing may spill past the slide's bottom edge.
    const box = (await slide.boundingBox())!
    const timeline = (await slide.locator('.timeline').boundingBox())!
    expect(timeline.y + timeline.height).toBeLessThanOrEqual(box.y + box.height)
    await expect(slide.locator('.row')).toHaveCount(career.length)
  })
})

test.describe('export', () => {
  // The exporter opens `/print?print=true`: every click shown, every counter still.
  test('the print view holds each exact figure once, with no partial or duplicate text', async ({ page }) => {
    const figures = await recordFigures(page)
    await page.goto('/print?print=true')
    const counters = page.locator('[data-metric]')
    await expect.poll(() => counters.count()).toBeGreaterThanOrEqual(counterSlides.length)
    const ids = await counters.evaluateAll(els => els.map(e => (e as HTMLElement).dataset.metric as string))
    expect(ids.length).toBeGreaterThanOrEqual(counterSlides.length)
    for (const [i, id] of ids.entries()) {
      const el = counters.nth(i)
      expect(await el.locator('[data-role="figure"]').textContent()).toBe(exact(id as MetricId))
      expect(await el.textContent()).toBe(exact(id as MetricId)) // no hidden copies to leak into PDF text
      await expect(el).not.toHaveClass(/slidev-vclick-hidden/)
    }
    for (const seen of Object.values(await figures()))
      expect(seen).toHaveLength(1)
    await expect(page.locator('[data-era].slidev-vclick-hidden')).toHaveCount(0)
    await expect(page.locator('[data-insight]')).toContainText(reliabilityStory().reductionText)
  })
})
