/**
 * slidev-addon-talk-engine/node: the engine's Node side, for a deck's own tooling (checks, exports,
 * tests). Slidev loads the addon's setup/ by itself; nothing here is needed to use the engine.
 */
export { findDiagramBlocks } from '../logic/blocks'
export type { DiagramBlock, SlidePlace } from '../logic/blocks'
export { CHROMIUM_ARGS, findBrowser, launchChromium, launchFailure, realProbe, resolveBrowser } from './browser'
export type { BrowserProbe, FoundBrowser } from './browser'
export { DRAWING_CACHE_DIR, DrawingCache, drawingInputs, drawingKey } from './cache'
export { checkDeckDiagrams, installDom } from './check'
export { deckDiagrams, slideDiagrams } from './diagrams'
export type { ParsedSlide } from './diagrams'
export { drawDiagrams } from './draw'
export { labelFont } from './fonts'
export { iconPacks, usedIcons } from './icons'
export { DIAGRAM_MODULE, headmatterConfig, talkEngine } from './plugin'
export type { SlidevContext, TalkEngineConfig } from './plugin'
export { diagramTag, transformDiagrams } from './transformer'
