import { mkdirSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { launchChromium } from 'slidev-addon-talk-engine/browser'
import { countClicks } from './lib/clicks'
import { loadDeck } from './lib/deck'
import { PHONE, readWholeTalk, sectionSelector, TABLET } from './lib/reading'
import { waitForSlide } from './lib/ready'
import { serve, serverUrl } from './lib/serve'

/**
 * PNGs of every slide for a person to look at: `shots/<no>-<clicks>-<scheme>.png`.
 * By default each slide at its last click; `--every-click` adds each step. `--reading` shoots the
 * reading view on a phone (`--tablet`: a tablet upright) instead: its first screen and every section,
 * `shots/reading-<device>-<scheme>-<no>.png` (`00` is the first screen).
 */
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

const slides = await loadDeck()
const only = values.only?.split(',').map(Number)
mkdirSync(values.out!, { recursive: true })
const server = await serve({ dir: values.dir!, port: 0 })
const url = serverUrl(server)
const browser = await launchChromium()
const scheme = values.dark ? 'dark' : 'light'
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

if (values.reading) {
  const device = values.tablet ? 'tablet' : 'phone'
  const shot = (no: number) => `${values.out}/reading-${device}-${scheme}-${String(no).padStart(2, '0')}.png`
  await page.goto(`${url}read`)
  await readWholeTalk(page)
  await page.screenshot({
    path: shot(0),
  })
  for (const slide of slides) {
    if (only && !only.includes(slide.no))
      continue
    // The section cut from the whole page, as it lies in the document (no sticky bar over it).
    const box = await page.locator(sectionSelector(slide.no)).evaluate((el) => {
      const { left, top, width, height } = el.getBoundingClientRect()
      return {
        x: left + scrollX,
        y: top + scrollY,
        width,
        height,
      }
    })
    await page.screenshot({
      path: shot(slide.no),
      fullPage: true,
      clip: box,
    })
  }
}

for (const slide of values.reading
  ? []
  : slides) {
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
