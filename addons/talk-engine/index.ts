/**
 * slidev-addon-talk-engine: step-by-step Mermaid diagrams and counting figures for Slidev.
 * Components (`MermaidSteps`, `MetricCounter`) register themselves through Slidev's addon
 * `components/`, and its `setup/` registers the Markdown transform and the Vite plugin; this entry
 * holds what a deck and its tooling import. Light: no Mermaid, no `@slidev/client`.
 */
export { COUNT_UP_MS, easeOutCubic, useCountUp } from './composables/useCountUp'
export type { CountUpOptions } from './composables/useCountUp'
export { metricsKey, provideMetrics, useMetrics } from './composables/useMetrics'
export { readingViewKey, useReadingView } from './composables/useReadingView'
export { formatMetric, parseFormat, resolveMetric, validateMetric } from './logic/format'
export type { MetricCheck, MetricContext, MetricRequest } from './logic/format'
export { DiagramError, formatProblem, oneLine, placeProblems } from './logic/problems'
export { diagramState, lastStep, validateDiagram } from './logic/steps'
export type { DiagramIds, DiagramState } from './logic/steps'
export type { DiagramGraph, DiagramModule, DrawnDiagram } from './logic/svg'
export { DEFAULT_LAYERS } from './types'
export type { DiagramConfig, DiagramLayer, DiagramProblem, DiagramSource, DiagramSpec, DiagramStep, IconPack, Metric, MetricFormat } from './types'
