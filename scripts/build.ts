import { parseArgs } from 'node:util'
import { buildSite } from './lib/build'
import { runMain } from './lib/main'

/** `npm run build`: the site as it is published, with its PDF and its link-preview image. */
runMain(import.meta.url, async () => {
  const { values } = parseArgs({
    options: {
      'entry': { type: 'string', default: 'slides.md' },
      'out': { type: 'string', default: 'dist' },
      'base': { type: 'string', default: '/' },
      'site-url': { type: 'string' },
    },
  })
  await buildSite({
    entry: values.entry!,
    out: values.out!,
    base: values.base!,
    siteUrl: values['site-url'],
  })
  console.log(`Built ${values.entry} into ${values.out}/ (base ${values.base})`)
})
