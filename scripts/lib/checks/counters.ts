import type { DeckInput, Problem } from './input'
import { validateMetric } from 'slidev-addon-talk-engine'
import { attr, slideLine, tags } from './helpers'
/** Every `<MetricCounter metric="X">` names a metric that formats (the component's own `validateMetric`). */
export function checkCounters(deck: Pick<DeckInput, 'slides' | 'data'>): Problem[] {
  const problems: Problem[] = []
  for (const slide of deck.slides) {
    for (const tag of tags(slide, 'MetricCounter')) {
      const id = attr(tag.attrs, 'metric')
      const line = slideLine(slide, tag.offset)
      const check = validateMetric(id, slide.no, deck.data.metrics)
      if (id === undefined) {
        problems.push({
          rule: 'counters',
          file: slide.file,
          line,
          slide: slide.no,
          message: '<MetricCounter> needs a static metric="…" naming a metric in data/metrics.ts',
        })
      }
      else if (!check.ok) {
        problems.push({
          rule: 'counters',
          file: slide.file,
          line,
          slide: slide.no,
          message: check.message,
        })
      }
    }
  }
  return problems
}
