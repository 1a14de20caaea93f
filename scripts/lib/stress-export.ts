import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { createWriteStream, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { launchChromium } from 'slidev-addon-talk-engine/browser'
import { DRAWING_CACHE_DIR } from 'slidev-addon-talk-engine/node'
import { startExportServer } from './export-server'

/**
 * The pieces of `scripts/stress-export.ts`: a cold `npm run export` under load, and Slidev's exporter
 * replayed on a throttled page.
 */

/** What a cold start must not leave behind for the next run: Vite's pre-bundles (vite.config.ts) and the drawing cache. */
const CACHES = [process.env.DECK_VITE_CACHE ?? 'node_modules/.vite', DRAWING_CACHE_DIR]

export interface Outcome { run: number, ok: boolean, seconds: number, log: string, late: string[], reloads: number, toc: boolean }

function finished(child: ChildProcess): Promise<number> {
  return new Promise(resolve => child.on('close', code => resolve(code ?? 1)))
}

/** The browser test that keeps the CPU busy, restarted as long as the exports run. */
export function keepBusy(spec: string, dist: string, port: string, log: string): { stop: () => Promise<void> } {
  const state = { stopped: false }
  let child: ChildProcess | undefined
  const out = createWriteStream(log)
  const loop = (async () => {
    while (!state.stopped) {
      child = spawn('npx', ['playwright', 'test', spec], {
        env: { ...process.env, DECK_DIST: dist, DECK_PORT: port },
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      })
      child.stdout!.pipe(out, { end: false })
      child.stderr!.pipe(out, { end: false })
      await finished(child)
    }
  })()
  return {
    async stop() {
      state.stopped = true
      if (child?.pid && child.exitCode === null)
        process.kill(-child.pid, 'SIGTERM')
      await loop
      out.end()
    },
  }
}

export async function exportOnce(run: number, dir: string): Promise<Outcome> {
  for (const cache of CACHES)
    rmSync(cache, { recursive: true, force: true })
  const log = join(dir, `export-${run}.log`)
  const out = createWriteStream(log)
  const started = performance.now()
  const child = spawn('npm', [
    'run',
    'export',
    '--',
    '--output',
    join(dir, `export-${run}.pdf`),
  ], {
    env: { ...process.env, DEBUG: 'vite:deps' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout!.pipe(out)
  child.stderr!.pipe(out)
  const code = await finished(child)
  await new Promise(resolve => out.end(resolve))
  const text = readFileSync(log, 'utf8')
  return {
    run,
    ok: code === 0,
    seconds: (performance.now() - started) / 1000,
    log,
    // Vite's words for a dependency the scan missed, and for the page reload it then forces.
    late: [
      ...text.matchAll(/new dependencies? (?:optimized|found): (.+)/g),
    ].map(([, deps]) => deps.trim()),
    reloads: [
      ...text.matchAll(/optimized dependencies changed\. reloading/g),
    ].length,
    toc: /has wrong pattern/.test(text),
  }
}

/**
 * Slidev's exporter on a slow main thread: what `go('print')` in @slidev/cli's export waits for (the
 * network quiet, then the loading placeholders and `[data-waitfor]` targets it counts at that moment),
 * replayed on a cold export server with the page's CPU throttled `rate` times.
 */
export async function replayThrottled(rate: number, port: number): Promise<{ atQuiet: number, atPrint: number, total: number }> {
  const server = await startExportServer({ port, cache: 'node_modules/.vite-stress' })
  const browser = await launchChromium()
  try {
    const context = await browser.newContext({
      viewport: { width: 980, height: 551 },
    })
    const page = await context.newPage()
    await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate })
    await page.goto(`http://localhost:${port}/print?print=true`, { waitUntil: 'networkidle', timeout: 600_000 })
    const slides = page.locator('.print-slide-container')
    const atQuiet = await slides.count()
    const body = page.locator('body')
    const loading = body.locator('.slidev-slide-loading')
    for (let i = 0, n = await loading.count(); i < n; i++)
      await loading.nth(i).waitFor({ state: 'detached' })
    const waits = body.locator('[data-waitfor]')
    for (let i = 0, n = await waits.count(); i < n; i++) {
      const target = await waits.nth(i).getAttribute('data-waitfor')
      if (target)
        await waits.nth(i).locator(target).waitFor({ state: 'visible' }).catch(() => {})
    }
    return { atQuiet, atPrint: await slides.count(), total: server.options.data.slides.length }
  }
  finally {
    await browser.close()
    await server.close()
  }
}
