import { defineVitePluginsSetup } from '@slidev/types'
import { headmatterConfig, talkEngine } from '../node/plugin'

// The engine's modules and drawings, configured by the deck's headmatter (`talkEngine:`).
export default defineVitePluginsSetup(options => [
  talkEngine(options, headmatterConfig(options.data.headmatter)),
])
