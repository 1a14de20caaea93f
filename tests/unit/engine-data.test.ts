import { formatMetric, validateMetric } from 'slidev-addon-talk-engine'
import { describe, expect, it, vi } from 'vitest'
import { diagramFile, diagrams } from '../../data/diagrams'
import { metrics } from '../../data/metrics'

// setup/main.ts is Slidev's app setup; only its data matters here.
vi.mock('@slidev/types', () => ({
  defineAppSetup: (fn: unknown) => fn,
}))
const { engineData } = await import('../../setup/main')

/** What this deck hands the engine addon (setup/main.ts), and that the engine reads it as the slides state. */
describe('the deck\'s engine data', () => {
  it('holds every diagram and metric of data/, and points error boxes at the diagram\'s file', () => {
    expect(engineData.diagrams).toBe(diagrams)
    expect(engineData.metrics).toBe(metrics)
    expect(engineData.diagramFile?.('connectivity')).toBe('data/diagrams/connectivity.ts')
    expect(engineData.diagramFile).toBe(diagramFile)
  })

  it('loads the logos and carbon icon subsets only when asked', async () => {
    const packs = engineData.iconPacks!
    expect(Object.keys(packs)).toEqual(['logos', 'carbon'])
    for (const [prefix, load] of Object.entries(packs)) {
      const pack = await load()
      expect(pack.prefix).toBe(prefix)
      expect(Object.keys(pack.icons).length).toBeGreaterThan(0)
    }
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
      expect(validateMetric(id, undefined, engineData.metrics)).toMatchObject({ ok: true, id })
    expect(validateMetric('aggregateRps', undefined, engineData.metrics)).toMatchObject({ ok: true, text: '3.39M' })
  })
})
