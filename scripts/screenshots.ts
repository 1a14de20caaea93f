import { mkdirSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { launchChromium } from 'slidev-addon-talk-engine/browser'
import { loadDeck } from './lib/deck'
import { runMain } from './lib/main'
import { PHONE, TABLET } from './lib/reading'
import { shootReading, shootSlides } from './lib/screenshots'
import { withServedDeck } from './lib/serve'

/**
 * PNGs of every slide for a person to look at: `shots/<no>-<clicks>-<scheme>.png`.
 * By default each slide at its last click; `--every-click` adds each step. `--reading` shoots the
 * reading view on a phone (`--tablet`: a tablet upright) instead: its first screen and every section,
 * `shots/reading-<device>-<scheme>-<no>.png` (`00` is the first screen).
 */
runMain(import.meta.url, async () => {
  const { values } = parseArgs({
    options: {
      'dir': { type: 'string', default: 'dist' },
      'out': { type: 'string', default: 'shots' },
      'dark': { type: 'boolean', default: false },
      'every-click': { type: 'boolean', default: false },
      'only': { type: 'string' },
      'reading': { type: 'boolean', default: false },
      'tablet': { type: 'boolean', default: false },
    },
  })
  mkdirSync(values.out!, { recursive: true })
  const scheme = values.dark ? 'dark' : 'light'
  const slides = await loadDeck()
  const browser = await launchChromium()
  try {
    const page = await browser.newPage({
      ...values.reading
        ? values.tablet
          ? TABLET
          : PHONE
        : {
            viewport: { width: 1280, height: 720 },
          },
      colorScheme: scheme,
    })
    await withServedDeck(values.dir!, '/', async (url) => {
      const shots = {
        page,
        url,
        slides,
        out: values.out!,
        scheme,
        only: values.only?.split(',').map(Number),
      } as const
      await (values.reading
        ? shootReading(shots, values.tablet ? 'tablet' : 'phone')
        : shootSlides(shots, values['every-click']!))
    })
  }
  finally {
    await browser.close()
  }
  console.log(`Wrote ${values.reading ? 'the reading view' : 'the slides'} to ${values.out}/`)
})
