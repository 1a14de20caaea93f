import type { Page } from '@playwright/test'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildSite } from '../../scripts/build'
import { exportName, exportPdf, headmatter } from '../../scripts/export'
import { loadDeck } from '../../scripts/lib/deck'
import { serve } from '../../scripts/serve'
import { expect, openSlide, test } from './support/deck'
import { pdfInfo, pdfText } from './support/pdf'

/**
 * The two cuts and the click-by-click PDF: `npm run export:clicks` of the full cut, and the
 * interview cut (`slides-interview.md`) built and presented on its own.
 */
const full = await loadDeck()
const interview = await loadDeck(process.cwd(), 'slides-interview.md')
const BASE = '/interview/'
let dir: string
let clicksPdf: string
let server: Server
let root: string

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  test.setTimeout(12 * 60_000)
  dir = mkdtempSync(join(tmpdir(), 'deck-cuts-'))
  clicksPdf = join(dir, 'clicks.pdf')
  exportPdf({ entry: 'slides.md', output: clicksPdf, withClicks: true })
  await buildSite({ entry: 'slides-interview.md', out: join(dir, 'interview'), base: BASE })
  server = await serve({ dir: join(dir, 'interview'), base: BASE, port: 0 })
  root = `http://127.0.0.1:${(server.address() as AddressInfo).port}${BASE}`
})

test.afterAll(() => {
  server?.close()
  rmSync(dir, { recursive: true, force: true })
})

/** How many clicks slide `no` has, found the way a presenter finds out: pressing → until the slide changes. */
async function clicksOf(page: Page, no: number, last: boolean): Promise<number> {
  await openSlide(page, no)
  for (let clicks = 0; ; clicks++) {
    const before = page.url()
    await page.keyboard.press('ArrowRight')
    if (last) {
      // On the last slide → past the last click does nothing; give the router a moment to prove it.
      const moved = await page.waitForURL(url => url.href !== before, { timeout: 1_000 }).then(() => true, () => false)
      if (!moved)
        return clicks
    }
    else {
      await page.waitForURL(url => url.href !== before)
    }
    if (!new URL(page.url()).pathname.endsWith(`/${no}`))
      return clicks
  }
}

test('the click-by-click PDF has one page per click step: the sum over slides of (clicks + 1)', async ({ page }) => {
  test.setTimeout(full.length * 10_000)
  let expected = 0
  for (const slide of full)
    expected += await clicksOf(page, slide.no, slide.no === full.length) + 1
  expect(expected).toBeGreaterThan(full.length)
  expect(pdfInfo(clicksPdf).pages).toBe(expected)
  const text = pdfText(clicksPdf)
  for (const fact of ['Juan Felipe Gómez', '3.39M', '99.90%'])
    expect(text).toContain(fact)
})

test('the interview cut is its own deck: its slides, in order, by deep link under its base', async ({ page }) => {
  expect(interview.length).toBeLessThan(full.length)
  for (const slide of interview) {
    await openSlide(page, slide.no, undefined, root)
    if (slide.title)
      await expect(page.locator(`.slidev-page-${slide.no} h1`).first()).toHaveText(slide.title.replace(/\*\*/g, ''))
  }
  expect(pdfInfo(join(dir, 'interview', `${exportName('slides-interview.md')}.pdf`)).pages).toBe(interview.length)
})

test('the interview cut runs about ten minutes by its notes\' "About N seconds"', () => {
  const seconds = interview.map((slide) => {
    const match = /About (\d+) (second|minute)/.exec(slide.note ?? '')
    expect(match, `slide ${slide.no} (${slide.file}) says how long it takes`).not.toBeNull()
    return Number(match![1]) * (match![2] === 'minute' ? 60 : 1)
  })
  const minutes = seconds.reduce((sum, s) => sum + s, 0) / 60
  expect(minutes).toBeGreaterThanOrEqual(8)
  expect(minutes).toBeLessThanOrEqual(12)
})

test('the interview cut looks like the full cut: same headmatter but for what names it', () => {
  const own = new Set(['title', 'info', 'exportFilename', 'seoMeta', 'src'])
  const pick = (entry: string) => Object.fromEntries(Object.entries(headmatter(entry)).filter(([key]) => !own.has(key)))
  expect(pick('slides-interview.md')).toEqual(pick('slides.md'))
  expect(exportName('slides-interview.md')).not.toBe(exportName('slides.md'))
})
