/**
 * The engine's public types. A deck describes its diagrams and figures with these
 * and hands them to the engine (`provideTalkEngine`); the engine never reads a deck's files.
 */

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
  /**
   * Ids the camera frames during this step (`['kong', 'otel']`), to focus on a part while more is
   * visible. By default a step frames everything visible; the last step always frames the whole diagram.
   */
  frame?: string[]
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
  /**
   * Mermaid configuration for this diagram alone, merged over the engine's
   * (`{ themeVariables: { fontSize: '30px' }, elk: { cycleBreakingStrategy: 'INTERACTIVE' } }`).
   * Here rather than as frontmatter in `code`, so Mermaid's error lines stay the source's lines.
   */
  config?: DiagramConfig
  steps: DiagramStep[]
}

/** A part of Mermaid's configuration (its `MermaidConfig`), as plain data. */
export interface DiagramConfig {
  [key: string]: string | number | boolean | DiagramConfig
}

/**
 * Colour per architecture layer, the same on every diagram. Nodes and
 * subgraphs opt in with `class x layerName`; the renderer defines the classes
 * for the current light or dark theme, so the Mermaid source holds no colours.
 */
export type DiagramLayer = 'client' | 'network' | 'gateway' | 'service' | 'store' | 'build' | 'zone'

/**
 * How a metric is written on a slide. The counter counts the raw `value`
 * and formats every frame with this, so mid-animation and at-rest text share
 * one format (e.g. `99.90%` never shows as `99.9%`).
 */
export type MetricFormat
  = | { style: 'millions', decimals: number, suffix?: string }
    | { style: 'percent', decimals: number, suffix?: string }
    | { style: 'integer', suffix?: string }

export interface Metric {
  value: number
  format: MetricFormat
  label: string
}

/** An Iconify icon set as Mermaid's `registerIconPacks` takes it (`@iconify/types`' IconifyJSON). */
export interface IconPack {
  prefix: string
  icons: Record<string, { body: string, width?: number, height?: number }>
  width?: number
  height?: number
}

/** What a deck hands the engine, once, from its `setup/main.ts` (see `provideTalkEngine`). */
export interface TalkEngineData {
  /** Diagrams by id; `<MermaidSteps diagram="id">` names one. */
  diagrams: Record<string, DiagramSpec>
  /** Figures by id; `<MetricCounter metric="id">` names one. */
  metrics: Record<string, Metric>
  /** Where the deck defines a diagram (`data/diagrams/gateway.ts`), so error boxes can point at the file. */
  diagramFile?: (id: string) => string
  /** Icon packs for Mermaid's `icon:` shapes by prefix (`logos`), loaded when a diagram first draws. */
  iconPacks?: Record<string, () => Promise<IconPack>>
}
