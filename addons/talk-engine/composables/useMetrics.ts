import type { App, InjectionKey } from 'vue'
import type { Metric } from '../types'
import { inject } from 'vue'

/** The key a deck's named metrics are provided under; `provideMetrics` is the usual way to use it. */
export const metricsKey: InjectionKey<Record<string, Metric>> = Symbol('slidev-addon-talk-engine:metrics')

/**
 * Names a deck's figures once, so a slide writes `<MetricCounter metric="users" />` instead of the
 * value and format each time. Optional: a counter also takes `:value` and `format` itself. Call it
 * from the deck's `setup/main.ts`: `defineAppSetup(({ app }) => provideMetrics(app, metrics))`.
 */
export function provideMetrics(app: App, metrics: Record<string, Metric>): void {
  app.provide(metricsKey, metrics)
}

/** The deck's named metrics, or none. */
export function useMetrics(): Record<string, Metric> {
  return inject(metricsKey, {})
}
