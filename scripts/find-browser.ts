import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'

/**
 * The Chromium used for export and tests: `CHROMIUM_PATH`, then a browser
 * Playwright installed itself, then Debian's `/usr/bin/chromium`.
 * We never download one; this machine cannot.
 */
export function findBrowser(env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = existsSync): string {
  const fromEnv = env.CHROMIUM_PATH
  if (fromEnv) {
    if (exists(fromEnv))
      return fromEnv
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`)
  }
  const playwrights = playwrightChromium()
  if (playwrights && exists(playwrights))
    return playwrights
  for (const path of ['/usr/bin/chromium', '/usr/bin/chromium-browser'])
    if (exists(path))
      return path
  throw new Error(
    'No Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) '
    + 'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
  )
}

function playwrightChromium(): string | undefined {
  try {
    const require = createRequire(import.meta.url)
    const { chromium } = require('playwright-core') as typeof import('playwright-core')
    return chromium.executablePath()
  }
  catch {
    return undefined
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(findBrowser())
  }
  catch (error) {
    console.error((error as Error).message)
    process.exit(1)
  }
}
