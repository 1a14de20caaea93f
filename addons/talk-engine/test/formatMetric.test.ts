import type { Metric } from '../types'
import { describe, expect, it } from 'vitest'
import { formatMetric, validateMetric } from '../logic/format'
import { metrics } from './fixtures'

describe('formatMetric', () => {
  it.each([
    [
      3_390_000,
      { style: 'millions', decimals: 2 },
      '3.39M',
    ],
    [
      1_740_000,
      { style: 'millions', decimals: 2 },
      '1.74M',
    ],
    [
      99.9,
      { style: 'percent', decimals: 2 },
      '99.90%',
    ],
    [
      96.33,
      { style: 'percent', decimals: 2 },
      '96.33%',
    ],
    [
      99.999,
      { style: 'percent', decimals: 3, suffix: '+' },
      '99.999%+',
    ],
    [
      50,
      { style: 'integer', suffix: '+' },
      '50+',
    ],
    [
      127,
      { style: 'integer' },
      '127',
    ],
    [
      0,
      { style: 'millions', decimals: 2 },
      '0.00M',
    ],
  ])('writes %s as %s', (value, format, text) => {
    expect(formatMetric(value, format)).toBe(text)
  })

  it('keeps the declared decimals on every frame of a count-up', () => {
    const format = { style: 'percent', decimals: 2 } as const
    for (let v = 0; v <= 99.9; v += 0.37)
      expect(formatMetric(v, format)).toMatch(/^\d+\.\d{2}%$/)
    expect(formatMetric(99.9 * 0.999999, format)).toBe('99.90%')
  })

  it('rounds integers mid-count instead of showing fractions', () => {
    expect(formatMetric(49.6, { style: 'integer', suffix: '+' })).toBe('50+')
    expect(formatMetric(12.2, { style: 'integer' })).toBe('12')
  })

  it('names the metric and slide when the value is not a number', () => {
    expect(() => formatMetric('3.39', { style: 'millions', decimals: 2 }, { metric: 'aggregateRps', slide: 12 }))
      .toThrow(/metric "aggregateRps" \(slide 12\).*not a number/)
  })

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])('rejects %s, naming the metric', (value) => {
    expect(() => formatMetric(value, { style: 'percent', decimals: 2 }, { metric: 'successRateAfter' }))
      .toThrow(/metric "successRateAfter".*not finite/)
  })

  it('rejects a missing or broken format, naming the metric', () => {
    expect(() => formatMetric(1, undefined, { metric: 'eksClusters' })).toThrow(/metric "eksClusters" has no format/)
    expect(() => formatMetric(1, { style: 'thousands' }, { metric: 'x' })).toThrow(/metric "x" has unknown format style "thousands"/)
    expect(() => formatMetric(1, { style: 'percent', decimals: 1.5 }, { metric: 'x' })).toThrow(/metric "x" needs whole-number decimals/)
    expect(() => formatMetric(1, { style: 'percent' }, { metric: 'x' })).toThrow(/decimals/)
  })
})

describe('validateMetric', () => {
  const good: Metric = {
    value: 127,
    format: { style: 'integer' },
    label: 'devices',
  }

  it('accepts every metric of a registry', () => {
    for (const id of Object.keys(metrics))
      expect(validateMetric(id, undefined, metrics)).toMatchObject({ ok: true, id })
  })

  it('returns the final text', () => {
    expect(validateMetric('rps', undefined, metrics)).toMatchObject({ ok: true, text: '3.39M' })
  })

  it('reports an unknown id with the slide and the known ids', () => {
    const check = validateMetric('aggregateRPS', 7, { good })
    expect(check).toEqual({ ok: false, message: 'Unknown metric "aggregateRPS" (slide 7); known metrics: good' })
  })

  it('does not treat inherited object keys as metrics', () => {
    expect(validateMetric('toString', undefined, { good }).ok).toBe(false)
  })

  it('reports a non-finite value, naming the metric', () => {
    const check = validateMetric('bad', 3, {
      bad: { ...good, value: Number.NaN },
    })
    expect(check.ok).toBe(false)
    expect(!check.ok && check.message).toMatch(/metric "bad" \(slide 3\).*not finite/)
  })
})
