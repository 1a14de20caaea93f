import type { ExportServer } from '../../scripts/lib/export-server'
import { loadDeck } from '../../scripts/lib/deck'
import { startExportServer } from '../../scripts/lib/export-server'
import { expect, test } from './support/deck'

/**
 * Slidev's exporter prints once the network is quiet, waiting only for the `[data-waitfor]` targets it
 * counts then (setup/print-ready.ts). On a slow main thread the network goes quiet before a slide is
 * mounted: the print page, served as `slidev export` serves it and its CPU throttled, must hold a wait
 * from its first byte, first in the body, whose target appears only when every slide is drawn.
 */
const slides = await loadDeck()
const port = 3061
const cache = 'node_modules/.vite-print-ready-test'
let server: ExportServer | undefined

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  test.setTimeout(120_000)
  server = await startExportServer({ port, cache })
})

test.afterAll(async () => {
  await server?.close()
})

test('the print page holds Slidev\'s exporter until every slide is drawn, even on a slow main thread', async ({ page, context }) => {
  test.setTimeout(300_000)
  await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 4 })
  await page.goto(`http://localhost:${port}/print?print=true`, { waitUntil: 'commit' })
  // Before any module has run, the exporter can already find the wait.
  const first = page.locator('[data-waitfor]').first()
  await expect(first).toHaveAttribute('id', 'print-ready')
  expect(await page.locator('.print-drawn').count()).toBe(0)
  await page.locator('#print-ready .print-drawn').waitFor({ state: 'visible', timeout: 280_000 })
  const drawn = await page.evaluate(() => ({
    slides: document.querySelectorAll('.print-slide-container').length,
    loading: document.querySelectorAll('.slidev-slide-loading').length,
    waiting: [
      ...document.querySelectorAll<HTMLElement>('.print-slide-container [data-waitfor]'),
    ]
      .filter(el => !el.querySelector(el.dataset.waitfor!))
      .length,
    fonts: document.fonts.status,
    first: document.querySelector('[data-waitfor]')?.id,
  }))
  expect(drawn).toEqual({
    slides: slides.length,
    loading: 0,
    waiting: 0,
    fonts: 'loaded',
    first: 'print-ready',
  })
})

test('outside print the wait is empty and out of the way', async ({ page }) => {
  await page.goto('/1')
  await expect(page.locator('.slidev-page-1')).toBeVisible()
  await page.waitForTimeout(500)
  await expect(page.locator('#print-ready')).toBeEmpty()
  expect(await page.locator('#print-ready').boundingBox()).toMatchObject({ width: 0, height: 0 })
})
