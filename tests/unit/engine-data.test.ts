import { formatMetric, metricsKey, validateMetric } from 'slidev-addon-talk-engine'
import { describe, expect, it, vi } from 'vitest'
import { metrics } from '../../data/metrics'

// setup/main.ts is Slidev's app setup; only what it hands the engine matters here.
vi.mock('@slidev/types', () => ({
  defineAppSetup: (fn: unknown) => fn,
}))
const { default: setup } = await import('../../setup/main')

/** What this deck hands the engine addon (setup/main.ts): its named figures. */
describe('the deck\'s engine data', () => {
  it('names every metric of data/metrics.ts for the slides\' counters', () => {
    const provided = new Map<unknown, unknown>()
    ;(setup as unknown as (context: { app: { provide: (k: unknown, v: unknown) => void, component: () => void } }) => void)({
      app: {
        provide: (k, v) => provided.set(k, v),
        // The setup also registers the deck's SlideTitle; only the provided figures matter here.
        component: () => {},
      },
    })
    expect(provided.get(metricsKey)).toBe(metrics)
  })

  it('formats every metric in data/metrics.ts to its stated figure', () => {
    const text = Object.fromEntries(Object.entries(metrics).map(([id, m]) => [
      id,
      formatMetric(m.value, m.format),
    ]))
    expect(text).toMatchObject({
      aggregateRps: '3.39M',
      averageRps: '1.74M',
      successRateBefore: '96.33%',
      successRateAfter: '99.90%',
      availabilityTarget: '99.999%+',
      eksClusters: '50+',
      ciscoDevices: '127',
    })
  })

  it('every metric of the deck validates, with its final text', () => {
    for (const id of Object.keys(metrics))
      expect(validateMetric(id, undefined, metrics)).toMatchObject({ ok: true, id })
    expect(validateMetric('aggregateRps', undefined, metrics)).toMatchObject({ ok: true, text: '3.39M' })
  })
})
