import type { BrowserProbe } from '../node/browser'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { launchFailure, resolveBrowser } from '../node/browser'

// A fake file system: the resolver and @puppeteer/browsers (inlined by vitest.config.ts) see only these
// files: executables, files without their run bit, and links to nothing.
const files = new Set<string>()
const notExecutable = new Set<string>()
const brokenLinks = new Set<string>()
vi.mock('node:fs', async (original) => {
  const fs = await original<typeof import('node:fs')>()
  const fail = (code: string, path: string) => Object.assign(new Error(`${code}: ${path}`), { code })
  const accessSync = (path: string, mode = fs.constants.F_OK) => {
    if (notExecutable.has(String(path))) {
      if (mode & fs.constants.X_OK)
        throw fail('EACCES', path)
      return
    }
    if (!files.has(String(path)))
      throw fail('ENOENT', path)
  }
  const lstatSync = (path: string) => {
    if (![files, notExecutable, brokenLinks].some(set => set.has(String(path))))
      throw fail('ENOENT', path)
    return {}
  }
  return {
    ...fs,
    accessSync,
    lstatSync,
    default: { ...fs, accessSync, lstatSync },
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
  beforeEach(() => {
    files.clear()
    notExecutable.clear()
    brokenLinks.clear()
  })

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
    files.add('/tmp/chromium')
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

  it.each([
    ['a file without its run bit', notExecutable, 'it cannot be executed (EACCES)'],
    ['a broken link', brokenLinks, 'it is a broken link'],
  ] as const)('skips %s on PATH, as `which` does, says why, and takes the next browser', (_, set, why) => {
    set.add('/usr/bin/chromium')
    files.add('/usr/local/bin/chromium-browser')
    const stderr = vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(resolveBrowser(probe({
      playwright: () => undefined,
    }))).toEqual({ path: '/usr/local/bin/chromium-browser', source: 'Chromium' })
    expect(stderr).toHaveBeenCalledWith(`Skipping chromium at /usr/bin/chromium: ${why}.`)
    stderr.mockRestore()
  })

  it('skips a Google Chrome or Playwright browser that cannot be executed, for the npm Chromium', () => {
    notExecutable.add('/opt/google/chrome/chrome').add('/home/me/.cache/ms-playwright/chromium-1255/chrome-linux/chrome')
    files.add('/tmp/chromium')
    const stderr = vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(resolveBrowser(probe({
      bundled: () => '/tmp/chromium',
    })).path).toBe('/tmp/chromium')
    expect(stderr.mock.calls.map(([line]) => line)).toEqual([
      'Skipping Playwright\'s Chromium at /home/me/.cache/ms-playwright/chromium-1255/chrome-linux/chrome: it cannot be executed (EACCES).',
      'Skipping Google Chrome (stable) at /opt/google/chrome/chrome: it cannot be executed (EACCES).',
    ])
    stderr.mockRestore()
  })

  it('refuses a CHROMIUM_PATH that cannot be executed rather than choosing another', () => {
    notExecutable.add('/opt/my-chrome')
    files.add('/opt/google/chrome/chrome')
    expect(() => resolveBrowser(probe({
      env: { CHROMIUM_PATH: '/opt/my-chrome' },
    }))).toThrow('CHROMIUM_PATH is set to /opt/my-chrome, but it cannot be executed (EACCES).')
  })
})

describe('launchFailure', () => {
  it('names the browser, where it came from, and how to choose another', () => {
    const error = launchFailure({ path: '/usr/bin/chromium', source: 'Chromium' }, new Error('spawn /usr/bin/chromium EACCES\nCall log: …'))
    expect(error.message).toBe('The Chromium at /usr/bin/chromium (found as Chromium) did not start: spawn /usr/bin/chromium EACCES\n'
      + 'Choose another browser with CHROMIUM_PATH=/path/to/chrome (Chrome, Chromium or Edge).')
  })
})
