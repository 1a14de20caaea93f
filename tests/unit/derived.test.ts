import type { CareerStep } from '../../data/career'
import { describe, expect, it } from 'vitest'
import { career } from '../../data/career'
import {
  availabilityBudgets,
  careerTimeline,
  careerYear,
  downtimeBudget,
  failureRate,
  formatDuration,
  reliabilityStory,
} from '../../data/derived'
import { metrics } from '../../data/metrics'

describe('reliability story', () => {
  it('derives failure rates without floating-point noise', () => {
    expect(failureRate(96.33, 2)).toBe(3.67)
    expect(failureRate(99.9, 2)).toBe(0.1)
    expect(() => failureRate(101, 2)).toThrow(/0–100%/)
  })

  it('tells 3.67% → 0.10%, a failure rate about 37× lower', () => {
    const story = reliabilityStory()
    expect(story).toMatchObject({
      failureBeforeText: '3.67%',
      failureAfterText: '0.10%',
      failedPer10kBefore: 367,
      failedPer10kAfter: 10,
      reduction: 36.7,
      reductionText: '≈37×',
    })
  })

  it('follows the metrics it is given', () => {
    const story = reliabilityStory(
      { ...metrics.successRateBefore, value: 90 },
      { ...metrics.successRateAfter, value: 99 },
    )
    expect(story.reductionText).toBe('≈10×')
    expect(story.failedPer10kBefore).toBe(1000)
  })
})

describe('availability budget', () => {
  it('gives five nines about 5.26 minutes a year and 26 seconds a month', () => {
    const budget = downtimeBudget(99.999)
    expect(budget.perYearMinutes).toBeCloseTo(5.2596, 4)
    expect(budget.perMonthMinutes * 60).toBeCloseTo(26.298, 2)
  })

  it('writes durations in a readable unit', () => {
    expect(formatDuration(downtimeBudget(99.9).perYearMinutes)).toBe('8.77 h')
    expect(formatDuration(downtimeBudget(99.9).perMonthMinutes)).toBe('43.8 min')
    expect(formatDuration(downtimeBudget(99.99).perYearMinutes)).toBe('52.6 min')
    expect(formatDuration(downtimeBudget(99.99).perMonthMinutes)).toBe('4.38 min')
    expect(formatDuration(downtimeBudget(99.999).perYearMinutes)).toBe('5.26 min')
    expect(formatDuration(downtimeBudget(99.999).perMonthMinutes)).toBe('26.3 s')
    expect(formatDuration(0)).toBe('0 s')
    expect(formatDuration(3 * 24 * 60)).toBe('3 d')
    expect(() => formatDuration(Number.NaN)).toThrow()
  })

  it('rejects impossible availability', () => {
    expect(() => downtimeBudget(0)).toThrow()
    expect(() => downtimeBudget(100.1)).toThrow()
    expect(downtimeBudget(100).perYearMinutes).toBe(0)
  })

  it('puts the target after the reference SLO levels, with shrinking bars', () => {
    const rows = availabilityBudgets()
    expect(rows.map(r => [r.value, r.kind])).toEqual([
      [99.9, 'reference'],
      [99.99, 'reference'],
      [metrics.availabilityTarget.value, 'target'],
    ])
    expect(rows.map(r => r.share)).toEqual([
      1,
      expect.closeTo(0.1, 6),
      expect.closeTo(0.01, 6),
    ])
    expect(rows[2]).toMatchObject({ perYearText: '5.26 min', perMonthText: '26.3 s' })
  })
})

describe('career timeline', () => {
  const today = new Date(Date.UTC(2026, 10, 23))

  it('reads the date forms used in data/career.ts', () => {
    expect(careerYear('2010', 'start', today)).toBe(2010)
    expect(careerYear('2016', 'end', today)).toBe(2017)
    expect(careerYear('Dec 2014', 'start', today)).toBeCloseTo(2014 + 11 / 12)
    expect(careerYear('Dec 2016', 'end', today)).toBe(2017)
    expect(careerYear('Jun 2023', 'start', today)).toBeCloseTo(2023.4167, 3)
    expect(careerYear('today', 'end', today)).toBeGreaterThan(2026.8)
    expect(() => careerYear('Sept 2020', 'start', today)).toThrow(/cannot read date "Sept 2020"/)
    expect(() => careerYear('Foo 2020', 'start', today)).toThrow(/unknown month/)
  })

  it('places every career row, grouped by era in story order', () => {
    const timeline = careerTimeline(career, today)
    expect(timeline.eras.map(e => e.era)).toEqual(['foundations', 'cloud', 'twilio'])
    expect(timeline.eras.flatMap(e => e.rows.map(r => r.role))).toEqual(career.map(r => r.role))
    expect(timeline.min).toBe(2010)
    expect(timeline.max).toBe(2027)
    expect(timeline.ticks[0]).toBe(2010)
    expect(timeline.ticks.at(-1)).toBe(2027)
    for (const row of timeline.eras.flatMap(e => e.rows)) {
      expect(row.start).toBeGreaterThanOrEqual(timeline.min)
      expect(row.end).toBeLessThanOrEqual(timeline.max)
      expect(row.end).toBeGreaterThan(row.start)
    }
  })

  it('refuses a row that ends before it starts', () => {
    const broken: CareerStep = { ...career[0], from: '2020', to: '2018' }
    expect(() => careerTimeline([broken], today)).toThrow(/ends \(2018\) before it starts \(2020\)/)
  })
})
