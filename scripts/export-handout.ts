import type { Paper } from './lib/handout'
import { parseArgs } from 'node:util'
import { exportName } from './lib/export'
import { exportHandout, PAPER_MM } from './lib/handout'
import { runMain } from './lib/main'

/** `npm run export:handout`: every slide with its speaker notes, three to a page (scripts/lib/handout.ts). */
runMain(import.meta.url, async () => {
  const { values } = parseArgs({
    options: {
      'entry': { type: 'string', default: 'slides.md' },
      'output': { type: 'string' },
      'paper': { type: 'string', default: 'A4' },
      'dir': { type: 'string' },
      'base': { type: 'string', default: '/' },
      'site-url': { type: 'string' },
    },
  })
  const entry = values.entry!
  const paper = values.paper as Paper
  if (!(paper in PAPER_MM))
    throw new Error(`--paper must be one of ${Object.keys(PAPER_MM).join(', ')}.`)
  const output = values.output ?? `exports/${exportName(entry)}-handout${paper === 'A4'
    ? ''
    : `-${paper.toLowerCase()}`}.pdf`
  await exportHandout({
    entry,
    output,
    paper,
    dir: values.dir,
    base: values.base!,
    siteUrl: values['site-url'],
  })
  console.log(`Exported ${output}`)
})
