import { spawnSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import process from 'node:process'
import { resolveBrowser } from 'slidev-addon-talk-engine/browser'
import { parseSiteUrl, SITE_URL_ENV } from '../../setup/site-link'
import { headmatter } from './headmatter'
import { addSectionBookmarks } from './pdf-bookmarks'

/** The PDF's base name for a deck entry: its headmatter `exportFilename`, so each cut names its own files. */
export function exportName(entry: string): string {
  const name = headmatter(entry).exportFilename
  if (typeof name !== 'string' || !name)
    throw new Error(`${entry} has no \`exportFilename\` in its headmatter; exports are named after it.`)
  return name
}

/**
 * The environment for a Slidev command: the hosted deck's URL (`siteUrl`, for the QR code and its link;
 * setup/vite-plugins.ts reads it), or none, so a stray variable in the shell never reaches the slides.
 */
export function slidevEnv(siteUrl?: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    [SITE_URL_ENV]: siteUrl
      ? parseSiteUrl(siteUrl).href
      : '',
  }
}

/**
 * `slidev export` with the browser this machine has. Slidev would otherwise
 * look for the Chromium that `playwright-chromium` downloads, which cannot be
 * fetched here; the rest of its options are the entry's headmatter `export:`. Then Slidev's flat
 * outline (`export.withToc`) becomes bookmarks by section and slide.
 */
export async function exportPdf({ entry, output, withClicks = false, dark = false, siteUrl }: { entry: string, output: string, withClicks?: boolean, dark?: boolean, siteUrl?: string }): Promise<void> {
  mkdirSync(dirname(output), { recursive: true })
  const browser = resolveBrowser()
  const args = [
    'slidev',
    'export',
    entry,
    '--output',
    output,
    '--executable-path',
    browser.path,
  ]
  if (withClicks)
    args.push('--with-clicks')
  if (dark)
    args.push('--dark')
  const result = spawnSync('npx', args, {
    stdio: 'inherit',
    env: slidevEnv(siteUrl),
  })
  if (result.status !== 0)
    throw new Error(`slidev export ${entry} failed (exit ${result.status}). It printed with the Chromium at ${browser.path} (${browser.source}); if that browser did not start, choose another with CHROMIUM_PATH.`)
  await addSectionBookmarks(output, entry)
}
