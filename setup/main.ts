import type { TalkEngineData } from 'slidev-addon-talk-engine'
import { defineAppSetup } from '@slidev/types'
import { provideTalkEngine } from 'slidev-addon-talk-engine'
import SlideTitle from '../components/SlideTitle.vue'
import { diagramFile, diagrams } from '../data/diagrams'
import { metrics } from '../data/metrics'
import { markWhenPrinted } from './print-ready'

/** Only the icons the diagrams draw (the full packs are 10 MB), loaded when a diagram first draws. */
const icons = () => import('../data/diagrams/icons.json').then(m => m.default)

/**
 * What this deck hands the engine addon (addons/talk-engine): its diagrams and figures,
 * where each diagram lives (for error boxes), and its icon subset
 * (`npx tsx scripts/lib/check-diagrams.ts --write-icons` regenerates it).
 */
export const engineData: TalkEngineData = {
  diagrams,
  metrics,
  diagramFile,
  iconPacks: {
    logos: () => icons().then(set => set.logos),
    carbon: () => icons().then(set => set.carbon),
  },
}

// A print page (an export, the build's PDF) tells Slidev's exporter when it is drawn.
if (new URLSearchParams(location.search).has('print'))
  markWhenPrinted()

export default defineAppSetup(({ app }) => {
  provideTalkEngine(app, engineData)
  // Every slide's title renders through it (setup/slide-title.ts): in the startup bundle, not one
  // more chunk for the first slide to wait for.
  app.component('SlideTitle', SlideTitle)
})
