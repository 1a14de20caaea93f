import { parseArgs } from 'node:util'
import { exportName, exportPdf } from './lib/export'
import { runMain } from './lib/main'

/** `npm run export`: the deck's PDF, one page per slide (or per click step), with bookmarks by section. */
runMain(import.meta.url, async () => {
  const { values } = parseArgs({
    options: {
      'entry': { type: 'string', default: 'slides.md' },
      'output': { type: 'string' },
      'with-clicks': { type: 'boolean', default: false },
      'dark': { type: 'boolean', default: false },
      'site-url': { type: 'string' },
    },
  })
  const entry = values.entry!
  const output = values.output ?? `exports/${exportName(entry)}${values['with-clicks'] ? '-clicks' : ''}${values.dark ? '-dark' : ''}.pdf`
  await exportPdf({
    entry,
    output,
    withClicks: values['with-clicks'],
    dark: values.dark,
    siteUrl: values['site-url'],
  })
  console.log(`Exported ${output}`)
})
