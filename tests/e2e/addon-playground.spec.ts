import type { ChildProcess } from 'node:child_process'
import type { Server } from 'node:http'
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { lastStep } from 'slidev-addon-talk-engine'
import { diagramsOf, loadDeck } from '../../scripts/lib/deck'
import { serve, serverUrl, waitForServer } from '../../scripts/lib/serve'
import { expect, openSlide, test } from './support/deck'
import { expectedState, mermaidCarriers, shownState } from './support/diagram-state'

/**
 * The engine's own playground (addons/talk-engine/playground), built as any deck that adopts the addon
 * builds, and walked click by click: the short form in a fence, the component form with captions and
 * a request, a sequence diagram with its camera off, and a counter with its own value.
 */
const playground = resolve('addons/talk-engine/playground')
const diagrams = diagramsOf(await loadDeck(playground), playground)
let dir: string
let server: Server
let url: string

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  test.setTimeout(180_000)
  dir = mkdtempSync(join(tmpdir(), 'talk-engine-playground-'))
  const built = spawnSync('npx', [
    'slidev',
    'build',
    join(playground, 'slides.md'),
    '--out',
    dir,
  ], { encoding: 'utf8' })
  expect(built.status, built.stdout + built.stderr).toBe(0)
  server = await serve({ dir, port: 0 })
  url = serverUrl(server)
})

test.afterAll(() => {
  server?.close()
  rmSync(dir, { recursive: true, force: true })
})

test('the playground has its three diagrams, read from its slides', () => {
  expect(diagrams.map(d => [d.id, d.no, d.spec.steps.length])).toEqual([
    ['slides-2', 2, 3],
    ['slides-3', 3, 4],
    ['slides-4', 4, 3],
  ])
})

for (const diagram of diagrams) {
  test(`slide ${diagram.no}: each click shows the next step`, async ({ page }) => {
    const { no, spec, id } = diagram
    for (let k = 0; k <= lastStep(spec); k++) {
      await openSlide(page, no, k, url)
      // The five fields the step model gives (expectedState returns exactly these), compared whole;
      // the DOM's extra fields (every id, the packets) are not the model's to say.
      const { step, visible, highlighted, flowing, caption } = await shownState(page.locator(`.slidev-page-${no} [data-diagram="${id}"]`))
      expect({
        step,
        visible,
        highlighted,
        flowing,
        caption,
      }).toEqual(expectedState(spec, k))
      const zoom = Number(await page.locator(`.slidev-page-${no} [data-diagram="${id}"] svg`).getAttribute('data-zoom'))
      // The camera frames a step that shows part of the diagram; with `camera: false` the whole stays in view.
      if (spec.camera === false || k === lastStep(spec))
        expect(zoom).toBe(1)
    }
  })
}

test('the counter rests on its own value, formatted', async ({ page }) => {
  await openSlide(page, 5, undefined, url, { still: true })
  await expect(page.locator('.slidev-page-5 [data-role="figure"]')).toHaveText('1.25M')
})

test('the built playground holds no Mermaid or ELK', () => {
  expect(mermaidCarriers(join(dir, 'assets'))).toEqual([])
})

test('in dev, an edited caption reaches the slide without a reload, drawn by the dev server', async ({ page }) => {
  test.setTimeout(240_000)
  const file = join(playground, 'slides.md')
  const source = readFileSync(file, 'utf8')
  const port = 3062
  const dev: ChildProcess = spawn('npx', [
    'slidev',
    file,
    '--port',
    String(port),
  ], {
    stdio: 'ignore',
    detached: true,
    env: { ...process.env, TALK_ENGINE_CACHE: 'off' },
  })
  try {
    const url = `http://localhost:${port}/`
    await waitForServer(url, 90_000, 500)
    let loads = 0
    page.on('load', () => loads++)
    await openSlide(page, 3, 0, url, { timeout: 90_000 })
    const diagram = page.locator('.slidev-page-3 [data-diagram]')
    await expect(diagram).toHaveAttribute('data-drawn', 'plugin')
    await expect(diagram.locator('figcaption')).toHaveText('A browser signs in.')
    writeFileSync(file, source.replace('A browser signs in.', 'A browser signs in, edited.'))
    await expect(diagram.locator('figcaption')).toHaveText('A browser signs in, edited.', { timeout: 60_000 })
    await expect(page.locator('.slidev-page-3 [data-diagram]')).toHaveAttribute('data-ready', 'true')
    expect(loads, 'the page never reloaded').toBe(1)
  }
  finally {
    writeFileSync(file, source)
    if (dev.pid)
      process.kill(-dev.pid)
  }
})
