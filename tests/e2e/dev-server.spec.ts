import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { rmSync } from 'node:fs'
import process from 'node:process'
import { lastStep } from 'slidev-addon-talk-engine'
import { waitForServer } from '../../scripts/lib/serve'
import { expect, openSlide, test } from './support/deck'
import { diagramSlides } from './support/navigation'
import { readPicture } from './support/picture'

// `npm run dev` is how the deck is presented: its server draws each diagram when a slide first asks for
// it, as the build does ahead. Test that it presents the deck, and that both draw the same picture.
const port = 3033
const dev = `http://127.0.0.1:${port}/`
/** Its own pre-bundle cache, emptied first: a fresh clone's first `npm run dev`, which must not reload mid-talk. */
const cache = 'node_modules/.vite-dev-test'
let server: ChildProcess
let output = ''

test.describe.configure({ mode: 'serial' })

const shown = await diagramSlides()

test.beforeAll(async () => {
  test.setTimeout(120_000)
  rmSync(cache, { recursive: true, force: true })
  server = spawn('npx', [
    'slidev',
    '--port',
    String(port),
  ], {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    // No drawing from the build's cache either: the dev server draws every diagram itself.
    env: { ...process.env, DECK_VITE_CACHE: cache, TALK_ENGINE_CACHE: 'off' },
  })
  for (const stream of [server.stdout!, server.stderr!]) {
    stream.setEncoding('utf8')
    stream.on('data', (chunk: string) => output += chunk)
  }
  await waitForServer(dev, 90_000, 500)
})

test.afterAll(() => {
  if (server.pid)
    process.kill(-server.pid)
})

test('a cold dev server presents the title slide and draws every diagram, without reloading the page', async ({ page }) => {
  // The first page waits for Vite to pre-bundle the deck's dependencies: a minute on a busy 2-core machine.
  test.setTimeout(300_000)
  let loads = 0
  page.on('load', () => loads++)
  for (const no of [
    1,
    ...shown.map(slide => slide.no),
  ]) {
    await openSlide(page, no, undefined, dev, { timeout: 90_000 })
    if (no === 1)
      await expect(page.locator('.slidev-page-1')).toContainText('Juan Felipe Gómez')
    else
      await expect(page.locator(`.slidev-page-${no} [data-diagram]`).first()).toHaveAttribute('data-drawn', 'plugin', { timeout: 60_000 })
  }
  // One load per visit: Vite found every dependency up front, so it never re-optimized and reloaded a page.
  expect(loads).toBe(1 + shown.length)
  expect(output).not.toMatch(/optimized dependencies changed|reloading/i)
})

for (const scheme of ['light', 'dark'] as const) {
  test(`the build ships the picture the dev server draws, in ${scheme}`, async ({ page }) => {
    test.setTimeout(120_000)
    await page.emulateMedia({ colorScheme: scheme })
    for (const { no, id, spec } of shown) {
      const last = lastStep(spec)
      await openSlide(page, no, last, dev, { timeout: 60_000 })
      await expect(page.locator(`.slidev-page-${no} [data-diagram="${id}"]`)).toHaveAttribute('data-drawn', 'plugin')
      const live = await readPicture(page, no, id)
      await openSlide(page, no, last)
      await expect(page.locator(`.slidev-page-${no} [data-diagram="${id}"]`)).toHaveAttribute('data-drawn', 'plugin')
      const built = await readPicture(page, no, id)
      expect(built.parts.length, `${id}: a drawing with parts`).toBeGreaterThan(3)
      expect(built, `${id} (slide ${no}), ${scheme}: the built picture`).toEqual(live)
    }
  })
}
