import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { loadDeck } from '../../scripts/lib/deck'
import { waitForServer } from '../../scripts/serve'
import { expect, test, waitForSlide } from './support/deck'

// `npm run dev` is how the deck is presented; the dev server bundles differently
// from the build (e.g. Mermaid's dependencies must be pre-bundled), so test it too.
const port = 3033
let server: ChildProcess

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  server = spawn('npx', [
    'slidev',
    '--port',
    String(port),
  ], {
    stdio: 'ignore',
    detached: true,
    // Its own pre-bundle cache, so it cannot disturb an export running in parallel.
    env: { ...process.env, DECK_VITE_CACHE: 'node_modules/.vite-dev-test' },
  })
  await waitForServer(`http://127.0.0.1:${port}/`, 90_000, 500)
})

test.afterAll(() => {
  if (server.pid)
    process.kill(-server.pid)
})

test('the dev server presents the title slide and every diagram slide without errors', async ({ page }) => {
  test.setTimeout(180_000)
  const slides = await loadDeck()
  const diagramSlides = slides.filter(slide => slide.content.includes('<MermaidSteps'))
  for (const no of [
    1,
    ...diagramSlides.map(slide => slide.no),
  ]) {
    await page.goto(`http://127.0.0.1:${port}/${no}`)
    // The first page of a cold server waits for Vite to pre-bundle the deck's dependencies (and may
    // reload once when it finds one more): a minute on a busy 2-core machine, instant after.
    // A diagram's first draw in dev also waits for Mermaid to be transformed on demand.
    await waitForSlide(page, no, { timeout: 60_000 })
    // Vite may still reload the page once after it, when it finds one more dependency to pre-bundle.
    if (no === 1)
      await expect(page.locator('.slidev-page-1')).toContainText('Juan Felipe Gómez', { timeout: 60_000 })
    else
      await expect(page.locator(`.slidev-page-${no} svg [data-id]`).first()).toBeAttached({ timeout: 60_000 })
  }
})
