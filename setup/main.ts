import { defineAppSetup } from '@slidev/types'
import { provideMetrics } from 'slidev-addon-talk-engine'
import { metrics } from '../data/metrics'
import { markWhenPrinted } from './print-ready'

// A print page (an export, the build's PDF) tells Slidev's exporter when it is drawn.
if (new URLSearchParams(location.search).has('print'))
  markWhenPrinted()

// Slides name the talk's figures (`<MetricCounter metric="aggregateRps" />`); data/metrics.ts holds them.
export default defineAppSetup(({ app }) => provideMetrics(app, metrics))
