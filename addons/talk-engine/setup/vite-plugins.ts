import { defineVitePluginsSetup } from '@slidev/types'
import { liveDrawingPlugin } from '../node/live-drawing'

// Diagrams draw in the page unless the deck registers `talkEngineDrawing()`, which draws them at build time.
export default defineVitePluginsSetup(() => [
  liveDrawingPlugin(),
])
