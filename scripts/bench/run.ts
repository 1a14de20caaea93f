import type { Browser } from 'playwright-core'
import type { DeckDiagram, DeckSlide } from '../lib/deck'
import type { TextOnAPhone } from './phone'
import type { SmallestText } from './reading'
import { readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { findBrowser, launchChromium } from 'slidev-addon-talk-engine/browser'
import { loadDeck } from '../lib/deck'
import { pdfInfo } from '../lib/pdf'
import { serve, serverUrl } from '../lib/serve'
import { measureBuilds } from './builds'
import { benchDiagram, largestDiagram } from './diagram'
import { percentile, timeCommand, timeDevServer } from './measure'
import { measurePageLoad, mermaidRequests } from './page-load'
import { phoneLoads, readingTextOnAPhone, slideTextOnAPhone } from './phone'
import { cameraFrameTimes, smallestTextPerSlide } from './reading'
import { writeReferenceDeck } from './reference'

/** A deck the bench measures: ours, or the minimal reference deck. */
export interface BenchDeck {
  name: 'ours' | 'reference'
  root: string
  entry: string
  dist: string
  /** Slide number of the largest diagram. */
  diagramSlide: number
  /** What shows once that diagram is drawn (the reference's Mermaid block draws in a shadow root, which the probe pierces). */
  diagramDrawn: string
}

/** Every sample, by deck and metric. */
export type Samples = Record<BenchDeck['name'], Record<string, number[]>>

export interface Measured {
  samples: Samples
  /** Where a metric's value was found (a slide, a text), by metric. */
  notes: Record<string, string>
  /** The smallest text of each of our slides over all its clicks. */
  smallest: SmallestText[]
  /** Text sizes at 390 px, reading view and slide view. */
  onAPhone: { reading: TextOnAPhone, slides: TextOnAPhone }
}

type Recorder = (deck: BenchDeck, metric: string, value: number) => void

/** Page loads of each deck per run, alternating, after one unmeasured load of each. */
export const PAGE_LOADS = 3

/** The metrics `--skip-export` leaves unmeasured. */
export const EXPORT_METRICS = ['export s/page', 'export --with-clicks s/page']

/** Our deck (at `root`, its largest diagram `diagram`) and the reference deck, written beside it under `bench/.reference`. */
function benchDecks(root: string, diagram: DeckDiagram): [BenchDeck, BenchDeck] {
  const referenceRoot = resolve(root, 'bench/.reference')
  return [
    {
      name: 'ours',
      root,
      entry: 'slides.md',
      dist: join(referenceRoot, 'dist-ours'),
      diagramSlide: diagram.no,
      diagramDrawn: '[data-ready] .ms-canvas svg',
    },
    {
      name: 'reference',
      root: referenceRoot,
      entry: writeReferenceDeck(referenceRoot),
      dist: join(referenceRoot, 'dist'),
      diagramSlide: 2,
      diagramDrawn: 'svg',
    },
  ]
}

/** 1 when a page fetched any of Mermaid's or ELK's chunks, else 0. */
function loadsMermaid(urls: string[]): number {
  return mermaidRequests(urls).length
    ? 1
    : 0
}

/** Files and bytes of a built site, everything a host serves. */
function siteSize(dir: string): { files: number, bytes: number } {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter(entry => entry.isFile())
  return {
    files: files.length,
    bytes: files.reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0),
  }
}

/** Cold loads of the first slide and of the diagram slide. */
async function measureLoads(browser: Browser, deck: BenchDeck, url: string, record: Recorder): Promise<void> {
  const first = await measurePageLoad(browser, `${url}1`, 1)
  record(deck, 'first slide visible ms', first.visibleMs)
  record(deck, 'first slide KB', first.bytes / 1024)
  record(deck, 'first slide requests', first.requests)
  record(deck, 'first slide loads Mermaid', loadsMermaid(first.urls))
  const diagram = await measurePageLoad(browser, `${url}${deck.diagramSlide}`, deck.diagramSlide, deck.diagramDrawn)
  record(deck, 'diagram slide drawn ms', diagram.visibleMs)
  record(deck, 'diagram slide KB', diagram.bytes / 1024)
  record(deck, 'diagram slide requests', diagram.requests)
  record(deck, 'diagram slide loads Mermaid', loadsMermaid(diagram.urls))
}

/** What only our deck has: click → step latency, camera frames, and the phone's side by side. */
async function measureOurs(browser: Browser, deck: BenchDeck, diagram: DeckDiagram, url: string, run: number, record: Recorder): Promise<void> {
  const clicks = await benchDiagram({ diagram, dist: deck.dist, port: 4600 + run })
  record(deck, 'click → step p50 ms', clicks.median)
  record(deck, 'click → step p95 ms', clicks.p95)
  const page = await browser.newPage({
    viewport: { width: 1280, height: 720 },
  })
  record(deck, 'camera move frame p95 ms', percentile(await cameraFrameTimes(page, url, deck.diagramSlide), 95))
  await page.close()
  // After one unmeasured pair, alternating, as the desktop loads are.
  await phoneLoads(browser, url)
  for (let load = 0; load < PAGE_LOADS; load++) {
    const { reading, slides } = await phoneLoads(browser, url)
    for (const [view, measured] of [
      ['reading view first screen', reading],
      ['slide view first slide', slides],
    ] as const) {
      record(deck, `phone: ${view} ms`, measured.visibleMs)
      record(deck, `phone: ${view} KB`, measured.bytes / 1024)
      record(deck, `phone: ${view} requests`, measured.requests)
    }
  }
}

/** Measured once, on the first run: the smallest text of every slide, and text sizes on a phone. */
async function measureText(browser: Browser, deck: BenchDeck, url: string, slides: DeckSlide[], record: Recorder, notes: Measured['notes']): Promise<Pick<Measured, 'smallest' | 'onAPhone'>> {
  const page = await browser.newPage({
    viewport: { width: 1280, height: 720 },
  })
  const smallest = await smallestTextPerSlide(page, url, slides)
  await page.close()
  const floor = smallest.reduce((min, s) => (s.share < min.share
    ? s
    : min))
  record(deck, 'smallest text % of slide height', floor.share * 100)
  notes['smallest text % of slide height'] = `slide ${floor.no}: "${floor.text}"`
  const onAPhone = {
    reading: await readingTextOnAPhone(browser, url),
    slides: await slideTextOnAPhone(browser, url, slides),
  }
  for (const [view, sizes] of [
    ['reading view', onAPhone.reading],
    ['slide view', onAPhone.slides],
  ] as const) {
    record(deck, `phone: ${view} smallest text px`, sizes.smallest.px)
    record(deck, `phone: ${view} median text px`, sizes.medianPx)
    record(deck, `phone: ${view} smallest diagram label px`, sizes.smallestLabelPx)
  }
  notes['phone: reading view smallest text px'] = `"${onAPhone.reading.smallest.text}"; the slide view's ${onAPhone.slides.smallest.px.toFixed(1)} px`
  notes['phone: reading view median text px'] = `the slide view's ${onAPhone.slides.medianPx.toFixed(1)} px`
  return { smallest, onAPhone }
}

/** Seconds per exported page, plain and `--with-clicks`, with this machine's browser; the PDFs go to `out`. */
async function measureExports(deck: BenchDeck, out: string, record: Recorder): Promise<void> {
  for (const [metric, extra] of [
    ['export s/page', []],
    [
      'export --with-clicks s/page',
      ['--with-clicks'],
    ],
  ] as const) {
    const pdf = join(out, `${deck.name}${extra.length ? '-clicks' : ''}.pdf`)
    const seconds = timeCommand('npx', [
      'slidev',
      'export',
      deck.entry,
      '--output',
      pdf,
      '--executable-path',
      findBrowser(),
      ...extra,
    ], deck.root)
    record(deck, metric, seconds / (await pdfInfo(pdf)).pages)
  }
}

/**
 * `npm run bench`'s measurements: `runs` rounds, the two decks alternating in order each round. A round
 * builds both, then loads each, then measures what only ours has, the dev server's start and (in the
 * first three rounds, unless `skipExport`) the export.
 */
export async function measure({ root, runs, skipExport }: { root: string, runs: number, skipExport: boolean }): Promise<Measured> {
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs must be a whole number of runs, not "${runs}".`)
  // The deck is parsed once per bench: its slides and largest diagram serve every run.
  const slides = await loadDeck(root)
  const diagram = largestDiagram(slides, root)
  const [ours, reference] = benchDecks(root, diagram)
  const samples: Samples = { ours: {}, reference: {} }
  const notes: Measured['notes'] = {}
  const record: Recorder = (deck, metric, value) => {
    (samples[deck.name][metric] ??= []).push(value)
  }
  let text: Pick<Measured, 'smallest' | 'onAPhone'> | undefined
  const browser = await launchChromium()
  try {
    for (let run = 0; run < runs; run++) {
      const order = run % 2
        ? [reference, ours]
        : [ours, reference]
      measureBuilds(order, record)
      // Page loads only once both builds are done, alternating, so neither deck is measured while
      // a build's browser winds down; the first load of each is thrown away (a fresh browser's
      // first page is always slow).
      const servers = await Promise.all(order.map(deck => serve({ dir: deck.dist, port: 0 })))
      const urls = servers.map(server => serverUrl(server))
      for (const url of urls)
        await measurePageLoad(browser, `${url}1`, 1)
      for (let load = 0; load < PAGE_LOADS; load++) {
        for (const [k, deck] of order.entries())
          await measureLoads(browser, deck, urls[k]!, record)
      }
      for (const [k, deck] of order.entries()) {
        const site = siteSize(deck.dist)
        record(deck, 'built site files', site.files)
        record(deck, 'built site KB', site.bytes / 1024)
        if (deck === ours) {
          await measureOurs(browser, deck, diagram, urls[k]!, run, record)
          text ??= await measureText(browser, deck, urls[k]!, slides, record, notes)
        }
        servers[k]!.close()
        record(deck, 'dev server answer s', await timeDevServer(deck.entry, 3700 + run, deck.root))
        if (!skipExport && run < Math.min(runs, 3))
          await measureExports(deck, reference.root, record)
      }
    }
  }
  finally {
    await browser.close()
  }
  // The first run measured the text.
  return { samples, notes, ...text! }
}
