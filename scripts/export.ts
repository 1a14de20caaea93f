import { spawnSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { parseArgs } from 'node:util'
import { findBrowser } from './lib/browser'
import { readHeadmatter } from './lib/headmatter'
import { runMain } from './lib/main'

/** A deck entry's headmatter (its first frontmatter block), without resolving its `src:` imports. */
export function headmatter(entry: string): Record<string, unknown> {
  return readHeadmatter(process.cwd(), entry).data
}

/** The PDF's base name for a deck entry: its headmatter `exportFilename`, so each cut names its own files. */
export function exportName(entry: string): string {
  const name = headmatter(entry).exportFilename
  if (typeof name !== 'string' || !name)
    throw new Error(`${entry} has no \`exportFilename\` in its headmatter; exports are named after it.`)
  return name
}

/**
 * `slidev export` with the browser this machine has. Slidev would otherwise
 * look for the Chromium that `playwright-chromium` downloads, which cannot be
 * fetched here.
 */
export function exportPdf({ entry, output, withClicks = false, dark = false }: { entry: string, output: string, withClicks?: boolean, dark?: boolean }): void {
  mkdirSync(dirname(output), { recursive: true })
  // A cold export first pre-bundles the deck's dependencies with Vite: minutes on a busy 2-core machine.
  const args = ['slidev', 'export', entry, '--output', output, '--executable-path', findBrowser(), '--timeout', '180000']
  if (withClicks)
    args.push('--with-clicks')
  if (dark)
    args.push('--dark')
  const result = spawnSync('npx', args, { stdio: 'inherit' })
  if (result.status !== 0)
    throw new Error(`slidev export ${entry} failed (exit ${result.status}).`)
}

runMain(import.meta.url, () => {
  const { values } = parseArgs({
    options: {
      'entry': { type: 'string', default: 'slides.md' },
      'output': { type: 'string' },
      'with-clicks': { type: 'boolean', default: false },
      'dark': { type: 'boolean', default: false },
    },
  })
  const entry = values.entry!
  const output = values.output ?? `exports/${exportName(entry)}${values['with-clicks'] ? '-clicks' : ''}${values.dark ? '-dark' : ''}.pdf`
  exportPdf({ entry, output, withClicks: values['with-clicks'], dark: values.dark })
  console.log(`Exported ${output}`)
})
