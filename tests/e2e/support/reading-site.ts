import type { Server } from 'node:http'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { slidevBuild } from '../../../scripts/lib/build'
import { serve, serverUrl } from '../../../scripts/lib/serve'
import { test } from './deck'

/**
 * The deck as a phone gets it: built under a base path as it is published (`/talk/`), with the hosted
 * deck's address (so the title and closing slides carry the QR code the reading view replaces). Built
 * once per Playwright run and shared by the reading specs' workers: the first to get here builds, the
 * others wait for it.
 */
export const BASE = '/talk/'
export const SITE_URL = 'https://example.github.io/talk/'

/** Playwright's runner starts every worker, so its process id names this run. */
const RUNS = resolve('test-results/reading-site')
const SITE = join(RUNS, String(process.ppid))
const LOCK = `${SITE}.lock`
const BUILT = join(SITE, '.built')
const FAILED = `${SITE}.failed`

function buildOnce(): void {
  try {
    mkdirSync(RUNS, { recursive: true })
    mkdirSync(LOCK)
  }
  catch {
    return // another worker builds
  }
  for (const earlier of readdirSync(RUNS).filter(name => !name.startsWith(String(process.ppid))))
    rmSync(join(RUNS, earlier), { recursive: true, force: true })
  try {
    slidevBuild({
      entry: 'slides.md',
      out: SITE,
      base: BASE,
      pdf: false,
      siteUrl: SITE_URL,
    })
    writeFileSync(BUILT, '')
  }
  catch (error) {
    writeFileSync(FAILED, String((error as Error).message))
  }
}

async function built(timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!existsSync(BUILT)) {
    if (existsSync(FAILED))
      throw new Error(`the reading specs' build under ${BASE} failed: ${readFileSync(FAILED, 'utf8')}`)
    if (Date.now() > deadline)
      throw new Error(`the reading specs' build under ${BASE} did not finish in ${timeoutMs / 1000} s`)
    await new Promise(done => setTimeout(done, 500))
  }
}

/** Serves the shared build under `BASE` on a port of its own; returns the root URL (`http://127.0.0.1:N/talk/`). */
async function serveReadingSite(): Promise<{ root: string, server: Server }> {
  buildOnce()
  await built(10 * 60_000)
  const server = await serve({ dir: SITE, base: BASE, port: 0 })
  return {
    root: serverUrl(server, BASE),
    server,
  }
}

/** The shared build served for the spec that calls this (once, around all its tests): its root URL once served. */
export function useReadingSite(): { readonly root: string } {
  let root = ''
  let server: Server | undefined
  test.beforeAll(async () => {
    test.setTimeout(10 * 60_000)
    ;({ root, server } = await serveReadingSite())
  })
  test.afterAll(() => server?.close())
  return {
    get root() {
      return root
    },
  }
}
