import { describe, expect, it } from 'vitest'
import { checkCounters, runRules } from '../../../scripts/lib/deck-rules'
import { faulty, lineOf, messages, slideNo } from './support'

describe('counters', () => {
  it('rejects a <MetricCounter> naming an unknown metric', async () => {
    const { root, deck } = await faulty('pages/gateway.md', '<MetricCounter metric="aggregateRps" />', '<MetricCounter metric="aggregateRPS" />')
    const line = lineOf(root, 'pages/gateway.md', 'metric="aggregateRPS"')
    const no = slideNo(deck, 'pages/gateway.md', 'metric="aggregateRPS"')
    expect(messages(checkCounters(deck))).toEqual([
      `pages/gateway.md:${line} (slide ${no}): counters: Unknown metric "aggregateRPS" (slide ${no}); known metrics: aggregateRps, averageRps, successRateBefore, successRateAfter, availabilityTarget, eksClusters, ciscoDevices, dnsRuntimes, yearsExperience, yearsAtTwilio`,
    ])
  })

  it('rejects a counter whose metric value is not a finite number, and the other rules still run', async () => {
    const { root, deck } = await faulty('data/metrics.ts', 'value: 127,', 'value: Number.NaN,')
    const line = lineOf(root, 'pages/career.md', 'metric="ciscoDevices"')
    const no = slideNo(deck, 'pages/career.md', 'metric="ciscoDevices"')
    expect(messages(checkCounters(deck))).toEqual([
      `pages/career.md:${line} (slide ${no}): counters: formatMetric: metric "ciscoDevices" (slide ${no}) value is not finite: NaN`,
    ])
    // The other rules keep working around the broken metric.
    const report = await runRules(deck)
    expect(messages(report.problems)).toEqual([`pages/career.md:${line} (slide ${no}): counters: formatMetric: metric "ciscoDevices" (slide ${no}) value is not finite: NaN`])
  })
})
