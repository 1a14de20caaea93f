import { parseArgs } from 'node:util'
import { runMain } from './lib/main'
import { writeOgImage } from './lib/og-image'

/** The link-preview image of a built deck: its title slide, written to `<dir>/og-image.png`. */
runMain(import.meta.url, async () => {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: 'dist' },
      base: { type: 'string', default: '/' },
    },
  })
  console.log(`Wrote ${await writeOgImage(values.dir!, values.base)}`)
})
