import type { Browser as PlaywrightBrowser } from 'playwright-core'
import { spawnSync } from 'node:child_process'
import { accessSync, constants, lstatSync } from 'node:fs'
import { createRequire } from 'node:module'
import { delimiter, join, win32 } from 'node:path'
import process from 'node:process'
import { Browser, BrowserPlatform, ChromeReleaseChannel, computeSystemExecutablePath } from '@puppeteer/browsers'

/** Where a browser came from, for the message a script prints and for the README's table. */
export interface FoundBrowser { path: string, source: string }

/** What the resolver may look at: real by default, faked in tests. */
export interface BrowserProbe {
  env: NodeJS.ProcessEnv
  platform: NodeJS.Platform
  arch: string
  /** The browser Playwright installed itself (`npx playwright install`), if any. */
  playwright: () => string | undefined
  /** The Chromium shipped inside the optional npm package `@sparticuz/chromium`, unpacked on first use. */
  bundled: () => string | undefined
}

/** What `cannotRun` says of a path with nothing there: a candidate not installed, passed over silently. */
const MISSING = 'missing'

/**
 * This machine, with packages resolved from the deck at `root` (an addon installed by `file:` or a
 * link lives elsewhere, so its own folder is the wrong place to look for the deck's packages).
 */
export function realProbe(root = process.cwd()): BrowserProbe {
  const require = createRequire(join(root, 'package.json'))
  return {
    env: process.env,
    platform: process.platform,
    arch: process.arch,
    playwright: () => {
      try {
        return (require('playwright-core') as typeof import('playwright-core')).chromium.executablePath()
      }
      catch {
        return undefined
      }
    },
    bundled: () => unpackBundledChromium(require),
  }
}

/**
 * The Chromium to draw diagrams in (and, for a deck that wants it, to export and test with), first
 * found of: `CHROMIUM_PATH`; Playwright's own browser; Google Chrome (stable, beta, dev, canary),
 * Chromium or Microsoft Edge installed on Linux, macOS or Windows; the Chromium that npm installed
 * with `@sparticuz/chromium` (Linux x64). Nothing is ever downloaded.
 */
export function resolveBrowser(probe: BrowserProbe = realProbe()): FoundBrowser {
  const fromEnv = probe.env.CHROMIUM_PATH
  if (fromEnv) {
    const problem = cannotRun(fromEnv)
    if (!problem)
      return { path: fromEnv, source: 'CHROMIUM_PATH' }
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but ${problem === MISSING
      ? 'no file is there'
      : problem}.`)
  }
  const playwright = probe.playwright()
  if (playwright && runnable(playwright, 'Playwright\'s Chromium'))
    return { path: playwright, source: 'Playwright\'s Chromium' }
  const system = systemBrowser(probe)
  if (system)
    return system
  const bundled = probe.platform === 'linux' && probe.arch === 'x64'
    ? probe.bundled()
    : undefined
  const source = 'Chromium from the npm package @sparticuz/chromium'
  if (bundled && runnable(bundled, source))
    return { path: bundled, source }
  throw new Error(
    `No Chromium found on ${probe.platform}/${probe.arch}: no CHROMIUM_PATH, no Playwright browser, `
    + 'no Google Chrome, Chromium or Microsoft Edge installed, and no @sparticuz/chromium (Linux x64 only). '
    + 'Install Chrome, or set CHROMIUM_PATH to a Chrome, Chromium or Edge binary.',
  )
}

/**
 * How every browser the deck launches itself starts (tests, link preview, screenshots, bench, the
 * diagram drawing): no sandbox (CI runs as root), no GPU, and none of Chromium's own background
 * traffic, which a closed network refuses and which has nothing to do with the deck.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/**
 * Why `path` cannot be started, as `which` judges a command (it must be executable), or
 * undefined when it can: `MISSING` when nothing is there, else a reason for the user.
 */
function cannotRun(path: string): string | undefined {
  try {
    accessSync(path, constants.X_OK)
    return undefined
  }
  catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code !== 'ENOENT')
      return `it cannot be executed (${code})`
    try {
      lstatSync(path)
      return 'it is a broken link'
    }
    catch {
      return MISSING
    }
  }
}

/** A candidate that is there and can be started; one that is there but cannot is skipped, and said so. */
function runnable(path: string, source: string): boolean {
  const problem = cannotRun(path)
  if (problem && problem !== MISSING)
    console.error(`Skipping ${source} at ${path}: ${problem}.`)
  return !problem
}

/**
 * What to tell the user when the chosen browser is there but does not start: which one it was,
 * where it was found, and how to choose another.
 */
export function launchFailure({ path, source }: FoundBrowser, error: unknown): Error {
  const reason = String((error as Error)?.message ?? error).split('\n')[0]
  return new Error(`The Chromium at ${path} (found as ${source}) did not start: ${reason}\n`
    + 'Choose another browser with CHROMIUM_PATH=/path/to/chrome (Chrome, Chromium or Edge).', { cause: error })
}

/** Playwright's Chromium launched with the browser found here and `CHROMIUM_ARGS`; a failure to start says what to do. */
export async function launchChromium(): Promise<PlaywrightBrowser> {
  const found = resolveBrowser(realProbe())
  const { chromium } = await import('playwright-core')
  try {
    return await chromium.launch({ executablePath: found.path, args: CHROMIUM_ARGS })
  }
  catch (error) {
    throw launchFailure(found, error)
  }
}

/** The path alone, for `--executable-path` and Playwright's `executablePath`. */
export function findBrowser(probe: BrowserProbe = realProbe()): string {
  return resolveBrowser(probe).path
}

const chromePlatforms: Partial<Record<string, BrowserPlatform>> = {
  'linux-x64': BrowserPlatform.LINUX,
  'linux-arm64': BrowserPlatform.LINUX_ARM,
  'darwin-x64': BrowserPlatform.MAC,
  'darwin-arm64': BrowserPlatform.MAC_ARM,
  'win32-x64': BrowserPlatform.WIN64,
  'win32-arm64': BrowserPlatform.WIN64,
  'win32-ia32': BrowserPlatform.WIN32,
}

/**
 * Google Chrome's install locations come from `@puppeteer/browsers`, kept by the Chrome team for
 * every channel, OS and WSL; it takes the platform as an argument, so it answers the same in a test.
 * It knows no Chromium or Edge, whose few standard locations follow it.
 */
function systemBrowser(probe: BrowserProbe): FoundBrowser | undefined {
  const platform = chromePlatforms[`${probe.platform}-${probe.arch}`]
  if (platform) {
    for (const channel of [
      ChromeReleaseChannel.STABLE,
      ChromeReleaseChannel.BETA,
      ChromeReleaseChannel.DEV,
      ChromeReleaseChannel.CANARY,
    ]) {
      let path: string
      try {
        path = computeSystemExecutablePath({ browser: Browser.CHROME, channel, platform })
      }
      catch {
        continue // not installed on this channel
      }
      const source = `Google Chrome (${channel})`
      if (runnable(path, source))
        return { path, source }
    }
  }
  for (const [source, path] of otherBrowsers(probe)) {
    if (path && runnable(path, source))
      return { path, source }
  }
  return undefined
}

function otherBrowsers({ platform, env }: BrowserProbe): [string, string | undefined][] {
  switch (platform) {
    case 'darwin':
      return [
        ['Chromium', '/Applications/Chromium.app/Contents/MacOS/Chromium'],
        ['Microsoft Edge', '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'],
      ]
    case 'win32':
      return [env.LOCALAPPDATA, env['PROGRAMFILES(X86)'] ?? env['ProgramFiles(x86)'], env.PROGRAMFILES ?? env.ProgramFiles]
        .filter(Boolean)
        .flatMap(prefix => [
          [
            'Chromium',
            win32.join(prefix!, 'Chromium', 'Application', 'chrome.exe'),
          ],
          [
            'Microsoft Edge',
            win32.join(prefix!, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
          ],
        ] as [string, string][])
    default:
      return [
        ['Chromium', onPath('chromium', env) ?? onPath('chromium-browser', env)],
        ['Microsoft Edge', onPath('microsoft-edge-stable', env) ?? onPath('microsoft-edge', env)],
      ]
  }
}

/**
 * A command on `PATH`, as `which` finds it (Debian's /usr/bin/chromium, a snap, a Nix profile):
 * the first that can be executed, so a broken link or a file without its run bit is passed over.
 */
function onPath(command: string, env: NodeJS.ProcessEnv): string | undefined {
  return (env.PATH ?? '').split(delimiter).filter(Boolean).map(dir => join(dir, command)).find(path => runnable(path, command))
}

/**
 * `@sparticuz/chromium` unpacks its Brotli-packed Chromium into the temp folder on first use,
 * asynchronously; a child process does it so that the resolver stays synchronous for
 * Playwright's config. Later calls find it already unpacked.
 */
function unpackBundledChromium(require: NodeJS.Require): string | undefined {
  let entry: string
  try {
    entry = require.resolve('@sparticuz/chromium')
  }
  catch {
    return undefined // an optional dependency npm skipped on this platform
  }
  const script = 'const c = require(process.argv[1]); (c.default ?? c).executablePath().then(p => process.stdout.write(p))'
  const result = spawnSync(process.execPath, ['-e', script, entry], { encoding: 'utf8' })
  if (result.status !== 0)
    throw new Error(`@sparticuz/chromium is installed but could not unpack its Chromium:\n${result.stderr}`)
  return result.stdout.trim() || undefined
}
