import type { DeckDiagram, DeckSlide } from '../lib/deck'
import { launchChromium } from 'slidev-addon-talk-engine/browser'
import { diagramsOf } from '../lib/deck'
import { openSlide } from '../lib/ready'
import { serve, serverUrl } from '../lib/serve'
import { percentile } from './measure'

/**
 * How long a click takes to reach the diagram's SVG: from the key event to the
 * first class change under `[data-diagram]`, on the built deck, for the diagram
 * with the most elements. Not a test; `npm run bench` folds it in, `scripts/bench-diagram.ts` runs it alone.
 */

export interface DiagramBench {
  diagram: string
  slide: number
  clicks: number
  /** Milliseconds, key event → class update. */
  median: number
  p95: number
  max: number
}

/**
 * The diagram with the most nodes, edges and subgraphs, i.e. the most elements to toggle per click.
 * Takes the deck's slides (from `loadDeck(root)`) so a caller parses the deck once.
 */
export function largestDiagram(slides: DeckSlide[], root?: string): DeckDiagram {
  const size = (d: DeckDiagram) => d.spec.steps.reduce((n, s) => n + (s.show?.length ?? 0), 0)
  const all = diagramsOf(slides, root)
  if (!all.length)
    throw new Error('No slide shows a step diagram, so there is nothing to measure.')
  return all.reduce((a, b) => (size(b) > size(a)
    ? b
    : a))
}

/** Clicks through `diagram` (the caller's `largestDiagram`, found once per bench) on its own server and browser. */
export async function benchDiagram({ diagram, dist = 'dist', clicks = 50, port = 4393 }: { diagram: DeckDiagram, dist?: string, clicks?: number, port?: number }): Promise<DiagramBench> {
  const { spec, no } = diagram
  const server = await serve({ dir: dist, port })
  const browser = await launchChromium()
  try {
    const page = await browser.newPage({
      viewport: { width: 1280, height: 720 },
    })
    await openSlide(page, no, 0, serverUrl(server))
    const selector = `.slidev-page-${no} [data-diagram="${spec.id}"][data-ready]`
    const last = spec.steps.length - 1
    const samples: number[] = []
    let step = 0
    let direction = 1
    for (let i = 0; i < clicks; i++) {
      // Walk forward to the last step and back again, so every step is measured.
      if (step + direction < 0 || step + direction > last)
        direction = -direction
      const key = direction > 0
        ? 'ArrowRight'
        : 'ArrowLeft'
      samples.push(await page.evaluate(([sel, k]) => new Promise<number>((done, fail) => {
        const root = document.querySelector(sel)
        if (!root)
          return fail(new Error(`${sel} is gone`))
        const timer = setTimeout(() => fail(new Error(`no class change within 5 s of ${k}`)), 5000)
        const start = performance.now()
        const observer = new MutationObserver(() => {
          observer.disconnect()
          clearTimeout(timer)
          done(performance.now() - start)
        })
        observer.observe(root, {
          attributes: true,
          attributeFilter: ['class'],
          subtree: true,
        })
        window.dispatchEvent(new KeyboardEvent('keydown', { key: k, code: k }))
        window.dispatchEvent(new KeyboardEvent('keyup', { key: k, code: k }))
      }), [selector, key] as const))
      step += direction
      await page.waitForFunction(([sel, s]) => document.querySelector(sel)?.getAttribute('data-step') === String(s), [selector, step] as const)
    }
    return {
      diagram: spec.id,
      slide: no,
      clicks,
      median: percentile(samples, 50),
      p95: percentile(samples, 95),
      max: Math.max(...samples),
    }
  }
  finally {
    await browser.close()
    server.close()
  }
}
