import type { BrowserProbe } from '../../scripts/lib/browser'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { resolveBrowser } from '../../scripts/lib/browser'

// A fake file system: the resolver and @puppeteer/browsers (inlined by vitest.config.ts) see only these files.
const files = new Set<string>()
vi.mock('node:fs', async (original) => {
  const fs = await original<typeof import('node:fs')>()
  const existsSync = (path: string) => files.has(String(path))
  const accessSync = (path: string) => {
    if (!files.has(String(path)))
      throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' })
  }
  return {
    ...fs,
    existsSync,
    accessSync,
    default: { ...fs, existsSync, accessSync },
  }
})

function probe(overrides: Partial<BrowserProbe> = {}): BrowserProbe {
  return {
    env: { PATH: '/usr/local/bin:/usr/bin' },
    platform: 'linux',
    arch: 'x64',
    playwright: () => '/home/me/.cache/ms-playwright/chromium-1255/chrome-linux/chrome',
    bundled: () => undefined,
    ...overrides,
  }
}

const windowsEnv = { 'LOCALAPPDATA': 'C:\\Users\\me\\AppData\\Local', 'PROGRAMFILES': 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' }

describe('resolveBrowser', () => {
  beforeEach(() => files.clear())

  it('takes CHROMIUM_PATH first, even over Playwright\'s browser and system Chrome', () => {
    files.add('/opt/my-chrome').add('/home/me/.cache/ms-playwright/chromium-1255/chrome-linux/chrome').add('/opt/google/chrome/chrome')
    expect(resolveBrowser(probe({
      env: { CHROMIUM_PATH: '/opt/my-chrome' },
    }))).toEqual({ path: '/opt/my-chrome', source: 'CHROMIUM_PATH' })
  })

  it('says so when CHROMIUM_PATH points at nothing, instead of silently falling back', () => {
    files.add('/opt/google/chrome/chrome')
    expect(() => resolveBrowser(probe({
      env: { CHROMIUM_PATH: '/nope' },
    }))).toThrow('CHROMIUM_PATH is set to /nope, but no file is there.')
  })

  it('takes Playwright\'s own browser before a system one', () => {
    files.add('/home/me/.cache/ms-playwright/chromium-1255/chrome-linux/chrome').add('/opt/google/chrome/chrome')
    expect(resolveBrowser(probe()).source).toBe('Playwright\'s Chromium')
  })

  it.each([
    [
      'linux',
      'x64',
      '/opt/google/chrome/chrome',
      'Google Chrome (stable)',
      {},
    ],
    [
      'linux',
      'x64',
      '/opt/google/chrome-beta/chrome',
      'Google Chrome (beta)',
      {},
    ],
    [
      'linux',
      'x64',
      '/usr/bin/chromium',
      'Chromium',
      {},
    ],
    [
      'linux',
      'arm64',
      '/usr/local/bin/chromium-browser',
      'Chromium',
      {},
    ],
    [
      'linux',
      'x64',
      '/usr/bin/microsoft-edge-stable',
      'Microsoft Edge',
      {},
    ],
    [
      'darwin',
      'arm64',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      'Google Chrome (stable)',
      {},
    ],
    [
      'darwin',
      'x64',
      '/Applications/Google Chrome Canary.app/Contents/MacOS/Google Chrome Canary',
      'Google Chrome (canary)',
      {},
    ],
    [
      'darwin',
      'arm64',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      'Chromium',
      {},
    ],
    [
      'darwin',
      'arm64',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      'Microsoft Edge',
      {},
    ],
    [
      'win32',
      'x64',
      'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
      'Google Chrome (stable)',
      windowsEnv,
    ],
    [
      'win32',
      'x64',
      'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
      'Microsoft Edge',
      windowsEnv,
    ],
    [
      'win32',
      'x64',
      'C:\\Users\\me\\AppData\\Local\\Chromium\\Application\\chrome.exe',
      'Chromium',
      windowsEnv,
    ],
  ] as const)('on %s/%s with no Playwright browser, finds %s', (platform, arch, path, source, env) => {
    files.add(path)
    const found = resolveBrowser(probe({
      platform,
      arch,
      env: { PATH: '/usr/local/bin:/usr/bin', ...env },
      playwright: () => undefined,
    }))
    expect(found).toEqual({ path, source })
  })

  it('prefers Google Chrome to Chromium and Edge when several are installed', () => {
    files.add('/usr/bin/chromium').add('/usr/bin/microsoft-edge-stable').add('/opt/google/chrome/chrome')
    expect(resolveBrowser(probe({
      playwright: () => undefined,
    })).path).toBe('/opt/google/chrome/chrome')
  })

  it('falls back to the Chromium npm installed on Linux x64, and only when nothing else is there', () => {
    const bundled = vi.fn(() => '/tmp/chromium')
    expect(resolveBrowser(probe({
      playwright: () => undefined,
      bundled,
    }))).toEqual({ path: '/tmp/chromium', source: 'Chromium from the npm package @sparticuz/chromium' })
    files.add('/usr/bin/chromium')
    bundled.mockClear()
    expect(resolveBrowser(probe({
      playwright: () => undefined,
      bundled,
    })).path).toBe('/usr/bin/chromium')
    expect(bundled).not.toHaveBeenCalled()
  })

  it('never asks for the npm Chromium off Linux x64, where the package has no binary', () => {
    const bundled = vi.fn(() => '/tmp/chromium')
    expect(() => resolveBrowser(probe({
      platform: 'darwin',
      arch: 'arm64',
      playwright: () => undefined,
      bundled,
    }))).toThrow(/No Chromium found on darwin\/arm64/)
    expect(bundled).not.toHaveBeenCalled()
  })

  it('explains what it looked for and how to choose a browser when there is none', () => {
    expect(() => resolveBrowser(probe({
      playwright: () => undefined,
    }))).toThrow(
      /No Chromium found on linux\/x64: no CHROMIUM_PATH, no Playwright browser, no Google Chrome, Chromium or Microsoft Edge installed, and no @sparticuz\/chromium.*set CHROMIUM_PATH/,
    )
  })
})
