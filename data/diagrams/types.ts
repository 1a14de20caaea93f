import type { SourceLine } from '../source'

/**
 * One click of a diagram. Step 0 is what shows when the slide opens; each
 * further step is one click. What a step shows stays visible afterwards.
 */
export interface DiagramStep {
  /** The sentence shown under the diagram while this step is current. */
  caption: string
  /** Node, subgraph and edge ids (sequence diagrams: participant ids and `m1`, `m2`, … for messages) that appear at this step. */
  show?: string[]
  /** Ids emphasised during this step only. */
  highlight?: string[]
  /** Edge (or message) ids, in order, that carry the moving request during this step. */
  flow?: string[]
}

export interface DiagramSpec {
  id: string
  /** Accessible name; the Mermaid source repeats it as `accTitle`. */
  title: string
  /** Accessible description; the Mermaid source repeats it as `accDescr`. */
  description: string
  /**
   * Mermaid source. Flowchart edges carry ids (`a e1@--> b`) so steps can name them.
   * Keep the opening backtick on the `code:` line: checks map Mermaid's line numbers to this file by it.
   */
  code: string
  steps: DiagramStep[]
  sources: SourceLine[]
}

/**
 * Colour per architecture layer, the same on every diagram. Nodes and
 * subgraphs opt in with `class x layerName`; the renderer defines the classes
 * for the current light or dark theme, so the Mermaid source holds no colours.
 */
export type DiagramLayer = 'client' | 'network' | 'gateway' | 'service' | 'store' | 'build' | 'zone'
