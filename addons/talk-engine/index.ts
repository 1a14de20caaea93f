export { formatMetric, validateMetric } from './composables/formatMetric'
export type { MetricCheck, MetricContext } from './composables/formatMetric'
export { COUNT_UP_MS, easeOutCubic, useCountUp } from './composables/useCountUp'
export type { CountUpOptions } from './composables/useCountUp'
export { diagramState, lastStep, useDiagramSteps, validateDiagram } from './composables/useDiagramSteps'
export type { DiagramIds, DiagramState } from './composables/useDiagramSteps'
export { readingViewKey, useReadingView } from './composables/useReadingView'
export { diagramSource, provideTalkEngine, talkEngineKey, useTalkEngine } from './composables/useTalkEngine'
/**
 * slidev-addon-talk-engine: step-by-step Mermaid diagrams and counting figures.
 * Components (`MermaidSteps`, `MetricCounter`) register themselves through Slidev's addon
 * `components/`; this entry holds what a deck and its tooling import. Mermaid itself lives
 * behind `slidev-addon-talk-engine/mermaid`, so importing this entry stays light.
 */
export type { DiagramConfig, DiagramLayer, DiagramSpec, DiagramStep, IconPack, Metric, MetricFormat, TalkEngineData } from './types'
