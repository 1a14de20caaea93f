import { mkdirSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { launchChromium } from 'slidev-addon-talk-engine/browser'
import { countClicks } from './lib/clicks'
import { loadDeck } from './lib/deck'
import { waitForSlide } from './lib/ready'
import { serve, serverUrl } from './serve'

/**
 * PNGs of every slide for a person to look at: `shots/<no>-<clicks>-<scheme>.png`.
 * By default each slide at its last click; `--every-click` adds each step.
 */
const { values } = parseArgs({
  options: {
    'dir': { type: 'string', default: 'dist' },
    'out': { type: 'string', default: 'shots' },
    'dark': { type: 'boolean', default: false },
    'every-click': { type: 'boolean', default: false },
    'only': { type: 'string' },
  },
})

const slides = await loadDeck()
const only = values.only?.split(',').map(Number)
mkdirSync(values.out!, { recursive: true })
const server = await serve({ dir: values.dir!, port: 0 })
const url = serverUrl(server)
const browser = await launchChromium()
const page = await browser.newPage({
  viewport: { width: 1280, height: 720 },
  colorScheme: values.dark ? 'dark' : 'light',
})
const scheme = values.dark ? 'dark' : 'light'

for (const slide of slides) {
  if (only && !only.includes(slide.no))
    continue
  const total = await countClicks(page, slide.no, url)
  const steps = values['every-click']
    ? Array.from({ length: total + 1 }, (_, k) => k)
    : [total]
  for (const k of steps) {
    await page.goto(`${url}${slide.no}?clicks=${k}`)
    await waitForSlide(page, slide.no, { still: true })
    await page.screenshot({ path: `${values.out}/${String(slide.no).padStart(2, '0')}-${k}-${scheme}.png` })
  }
}
await browser.close()
server.close()
