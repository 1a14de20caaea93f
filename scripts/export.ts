import { spawnSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { findBrowser } from './find-browser'

/**
 * `slidev export` with the browser this machine has. Slidev would otherwise
 * look for the Chromium that `playwright-chromium` downloads, which cannot be
 * fetched here.
 */
const { values } = parseArgs({
  options: {
    'entry': { type: 'string', default: 'slides.md' },
    'output': { type: 'string' },
    'with-clicks': { type: 'boolean', default: false },
    'dark': { type: 'boolean', default: false },
  },
})

const name = values.output ?? `exports/juan-felipe-gomez-platform-at-scale${values['with-clicks'] ? '-clicks' : ''}${values.dark ? '-dark' : ''}.pdf`
mkdirSync('exports', { recursive: true })

const args = [
  'slidev',
  'export',
  values.entry!,
  '--output',
  name,
  '--executable-path',
  findBrowser(),
  '--timeout',
  '60000',
]
if (values['with-clicks'])
  args.push('--with-clicks')
if (values.dark)
  args.push('--dark')

const result = spawnSync('npx', args, { stdio: 'inherit' })
if (result.status !== 0) {
  console.error(`slidev export failed (exit ${result.status}).`)
  process.exit(result.status ?? 1)
}
console.log(`Exported ${name}`)
