import type { DiagramSpec as EngineDiagramSpec } from 'slidev-addon-talk-engine'
import type { SourceLine } from '../source'

export type { DiagramLayer, DiagramStep } from 'slidev-addon-talk-engine'

/** A diagram of this deck: the engine's spec, plus the seed lines it came from. */
export interface DiagramSpec extends EngineDiagramSpec {
  sources: SourceLine[]
}
