import type { Server } from 'node:http'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { expect, test } from '@playwright/test'
import { findBrowser } from 'slidev-addon-talk-engine/browser'
import { findDiagramBlocks } from 'slidev-addon-talk-engine/node'
import { serve, serverUrl } from '../../scripts/lib/serve'
import { deniedByHeadlessShell, openSlide } from './support/deck'
import { expectedState, mermaidCarriers, shownState } from './support/diagram-state'

/**
 * A newcomer adopts the addon: a new deck in a folder of its own outside this repo, with its own
 * package.json, the addon installed from its folder as a package (`--install-links` packs it, as the
 * registry would), the README's quick-start slide pasted as is, `slidev build`, and each click
 * walked in a browser. Nothing else is written: no setup/ file, no data file. (Slidev's own default
 * fonts come from Google Fonts, so this deck, unlike ours, reaches outside its origin: those requests
 * are refused here, and the deck's own errors counted.)
 */
const addon = resolve('addons/talk-engine')
const readme = readFileSync(join(addon, 'README.md'), 'utf8')
/** The quick start's slide: the README's first ````md block. */
const quickStart = /^````md\n([\s\S]*?)\n````$/m.exec(readme)![1]
const { version: slidev } = JSON.parse(readFileSync('node_modules/@slidev/cli/package.json', 'utf8')) as { version: string }
const { version: theme } = JSON.parse(readFileSync('node_modules/@slidev/theme-default/package.json', 'utf8')) as { version: string }
let deck: string
let server: Server
let install: { output: string, seconds: number }

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  test.setTimeout(15 * 60_000)
  deck = mkdtempSync(join(tmpdir(), 'fresh deck-'))
  writeFileSync(join(deck, 'package.json'), `${JSON.stringify({
    name: 'fresh-deck',
    private: true,
    type: 'module',
    dependencies: {
      '@slidev/cli': `^${slidev}`,
      '@slidev/theme-default': `^${theme}`,
      'slidev-addon-talk-engine': `file:${addon}`,
    },
    // This machine's npm registry lacks the versions Slidev asks for of these two (README, Troubleshooting).
    overrides: { '@unocss/autocomplete': '66.6.8', '@unocss/rollup': '66.10.5' },
  }, null, 2)}\n`)
  writeFileSync(join(deck, 'slides.md'), `${quickStart}\n`)
  const started = performance.now()
  const installed = spawnSync('npm', [
    'install',
    '--install-links',
    '--prefer-offline',
    '--no-audit',
    '--no-fund',
  ], { cwd: deck, encoding: 'utf8' })
  install = { output: installed.stdout + installed.stderr, seconds: (performance.now() - started) / 1000 }
  expect(installed.status, install.output).toBe(0)
  // A newcomer's machine finds its own Chrome; this one has the browser the deck's own tests use.
  const built = spawnSync('npx', ['slidev', 'build', '--out', 'dist'], {
    cwd: deck,
    encoding: 'utf8',
    env: {
      ...process.env,
      CHROMIUM_PATH: findBrowser(),
    },
  })
  expect(built.status, built.stdout + built.stderr).toBe(0)
  server = await serve({
    dir: join(deck, 'dist'),
    port: 0,
  })
})

test.afterAll(() => {
  server?.close()
  rmSync(deck, { recursive: true, force: true })
})

test('the install brings no browser and runs no download, and the addon arrives as a package', () => {
  expect(install.output).not.toMatch(/download(ing)? (chrom|browser)/i)
  expect(existsSync(join(deck, 'node_modules/playwright-core/.local-browsers'))).toBe(false)
  // No package that is, or downloads, a browser: Playwright's and Puppeteer's downloading ones, Chromium builds.
  const browsers = [
    'playwright',
    'playwright-chromium',
    'puppeteer',
    'chromium',
    '@sparticuz/chromium',
    'electron',
  ]
  expect(browsers.filter(name => existsSync(join(deck, 'node_modules', name)))).toEqual([])
  // A copy with only the package's `files`, not a link to this repo.
  expect(existsSync(join(deck, 'node_modules/slidev-addon-talk-engine/test'))).toBe(false)
  expect(existsSync(join(deck, 'node_modules/slidev-addon-talk-engine/node/plugin.ts'))).toBe(true)
  test.info().annotations.push({ type: 'install', description: `npm install of the fresh deck: ${install.seconds.toFixed(0)} s, ${readdirSync(join(deck, 'node_modules')).length} top-level packages` })
})

test('the quick start\'s slide builds up click by click, drawn at build time, with no Mermaid or ELK shipped', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', error => deniedByHeadlessShell(String(error)) || errors.push(String(error)))
  page.on('console', message => message.type() === 'error' && !message.text().includes('net::ERR_FAILED') && !deniedByHeadlessShell(message.text()) && errors.push(message.text()))
  await page.route(url => !['127.0.0.1', 'localhost'].includes(url.hostname), route => route.abort())
  const [block] = findDiagramBlocks(quickStart.replace(/^---[\s\S]*?---\n/, ''), { file: 'slides.md', firstLine: 1, slideInFile: 1 })
  const url = serverUrl(server)
  for (let k = 0; k < block.spec.steps.length; k++) {
    await openSlide(page, 1, k, url)
    const diagram = page.locator('.slidev-page-1 [data-diagram]')
    await expect(diagram).toHaveAttribute('data-drawn', 'plugin')
    const got = await shownState(diagram)
    expect(got.visible).toEqual(expectedState(block.spec, k).visible)
  }
  expect(mermaidCarriers(join(deck, 'dist/assets'))).toEqual([])
  expect(errors).toEqual([])
})
