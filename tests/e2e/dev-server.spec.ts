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

const slides = await loadDeck()
const shown = [
  1,
  ...slides.filter(slide => slide.content.includes('<MermaidSteps')).map(slide => slide.no),
]

test.beforeAll(async ({ browser }) => {
  test.setTimeout(240_000)
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
  // A cold server finds some dependencies only when a page asks for them: Vite then pre-bundles
  // again, answers the requests already in flight with "504 Outdated Optimize Dep" and reloads the
  // page. That happens once per fresh cache, before any audience; warm it up the way a presenter's
  // rehearsal does, so the test below sees the deck as it is presented.
  const page = await browser.newPage()
  for (const no of shown) {
    await page.goto(`http://127.0.0.1:${port}/${no}`)
    await waitForSlide(page, no, { timeout: 90_000 }).catch(() => {})
  }
  await page.close()
})

test.afterAll(() => {
  if (server.pid)
    process.kill(-server.pid)
})

test('the dev server presents the title slide and every diagram slide without errors', async ({ page }) => {
  test.setTimeout(180_000)
  for (const no of shown) {
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
