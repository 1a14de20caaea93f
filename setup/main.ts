import { defineAppSetup } from '@slidev/types'
import { provideMetrics } from 'slidev-addon-talk-engine'
import SlideTitle from '../components/SlideTitle.vue'
import { metrics } from '../data/metrics'
import { markWhenPrinted } from './print-ready'

// A print page (an export, the build's PDF) tells Slidev's exporter when it is drawn.
if (new URLSearchParams(location.search).has('print'))
  markWhenPrinted()

export default defineAppSetup(({ app }) => {
  // Slides name the talk's figures (`<MetricCounter metric="aggregateRps" />`); data/metrics.ts holds them.
  provideMetrics(app, metrics)
  // Every slide's title renders through it (setup/slide-title.ts): in the startup bundle, not one
  // more chunk for the first slide to wait for.
  app.component('SlideTitle', SlideTitle)
})
