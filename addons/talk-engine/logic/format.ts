import type { Metric, MetricFormat } from '../types'

/** Where a figure is used, so an error can point at it: `metric "aggregateRps" (slide 12)`. */
export interface MetricContext {
  metric?: string
  slide?: number | string
}

function describe(context: MetricContext = {}): string {
  const parts = [
    context.metric === undefined
      ? 'metric'
      : `metric "${context.metric}"`,
    context.slide === undefined
      ? ''
      : ` (slide ${context.slide})`,
  ]
  return parts.join('')
}

function assertFormat(format: unknown, context?: MetricContext): asserts format is MetricFormat {
  if (format === null || typeof format !== 'object')
    throw new Error(`formatMetric: ${describe(context)} has no format`)
  const { style, decimals, suffix } = format as Record<string, unknown>
  if (style !== 'millions' && style !== 'percent' && style !== 'integer')
    throw new Error(`formatMetric: ${describe(context)} has unknown format style ${JSON.stringify(style)}`)
  if (style !== 'integer' && !(Number.isInteger(decimals) && (decimals as number) >= 0 && (decimals as number) <= 10))
    throw new Error(`formatMetric: ${describe(context)} needs whole-number decimals (0–10), got ${JSON.stringify(decimals)}`)
  if (suffix !== undefined && typeof suffix !== 'string')
    throw new Error(`formatMetric: ${describe(context)} has a non-text suffix ${JSON.stringify(suffix)}`)
}

/**
 * Writes a raw value the way the slide shows it. Every frame of a count-up goes
 * through here, so a figure keeps its declared decimals the whole way
 * (`99.90%`, never `99.9%`).
 */
export function formatMetric(value: unknown, format: unknown, context?: MetricContext): string {
  if (typeof value !== 'number')
    throw new TypeError(`formatMetric: ${describe(context)} value is not a number: ${JSON.stringify(value)}`)
  if (!Number.isFinite(value))
    throw new RangeError(`formatMetric: ${describe(context)} value is not finite: ${value}`)
  assertFormat(format, context)
  const suffix = format.suffix ?? ''
  switch (format.style) {
    case 'millions':
      return `${(value / 1_000_000).toFixed(format.decimals)}M${suffix}`
    case 'percent':
      return `${value.toFixed(format.decimals)}%${suffix}`
    case 'integer':
      return `${Math.round(value)}${suffix}`
  }
}

/**
 * A format written short, as a slide attribute: `millions:2` (3.39M), `percent:2` (99.90%),
 * `integer` (127). Anything else is not a format.
 */
export function parseFormat(text: string, suffix?: string): MetricFormat | undefined {
  const m = /^(millions|percent|integer)(?::(\d+))?$/.exec(text.trim())
  if (!m || (m[1] !== 'integer' && m[2] === undefined))
    return undefined
  const base = m[1] === 'integer'
    ? { style: 'integer' as const }
    : {
        style: m[1] as 'millions' | 'percent',
        decimals: Number(m[2]),
      }
  return suffix === undefined
    ? base
    : { ...base, suffix }
}

/** A counter's figure as a slide names it: a metric the deck named, or a value and a format of its own. */
export interface MetricRequest {
  metric?: string
  value?: unknown
  format?: MetricFormat | string
  suffix?: string
  label?: string
}

export type MetricCheck
  = | { ok: true, id: string, metric: Metric, text: string }
    | { ok: false, message: string }

/**
 * The figure a counter shows, checked: a metric of `registry` by name, or the counter's own value
 * and format, whose value must be a finite number in a known format. Pure, so a deck check can run
 * it statically and the component runs it before drawing.
 */
export function resolveMetric(request: MetricRequest, slide: number | string | undefined, registry: Record<string, Metric>): MetricCheck {
  if (request.metric === undefined) {
    const format = typeof request.format === 'string'
      ? parseFormat(request.format, request.suffix)
      : request.format
    // No format given leaves `format` undefined too.
    if (!format) {
      return { ok: false, message: `a counter needs metric="<name>", or :value and a format such as format="millions:2", "percent:2" or "integer" (got ${JSON.stringify(request.format)})${slide === undefined
        ? ''
        : ` (slide ${slide})`}` }
    }
    return validateMetric('value', slide, {
      value: { value: request.value as number, format, label: request.label ?? '' },
    })
  }
  return validateMetric(request.metric, slide, registry)
}

/**
 * Checks that `id` names a metric of `registry` whose value formats cleanly.
 */
export function validateMetric(
  id: unknown,
  slide: number | string | undefined,
  registry: Record<string, Metric>,
): MetricCheck {
  const where = slide === undefined
    ? ''
    : ` (slide ${slide})`
  if (typeof id !== 'string' || !Object.hasOwn(registry, id)) {
    const known = Object.keys(registry).join(', ')
    return { ok: false, message: `Unknown metric ${JSON.stringify(id)}${where}; known metrics: ${known || 'none (provideMetrics names them)'}` }
  }
  const metric = registry[id]
  try {
    const text = formatMetric(metric.value, metric.format, { metric: id, slide })
    return { ok: true, id, metric, text }
  }
  catch (error) {
    return { ok: false, message: (error as Error).message }
  }
}
