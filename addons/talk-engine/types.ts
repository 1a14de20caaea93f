/**
 * The engine's public types. A diagram is written in a slide (a ```mermaid block whose options carry
 * its steps, or `<MermaidSteps>` with the block in its slot); the engine reads it from there.
 */

/**
 * One click of a diagram. Step 0 is what shows when the slide opens; each further step is one
 * click. What a step shows stays visible afterwards. Id lists may be written as one string,
 * `'app api e1'` (spaces or commas), or as an array.
 */
export interface DiagramStep {
  /** The sentence shown under the diagram while this step is current. */
  caption?: string
  /** Node, subgraph and edge ids (sequence diagrams: participant ids and `m1`, `m2`, … for messages) that appear at this step. */
  show?: string[]
  /** Ids emphasized during this step only. */
  highlight?: string[]
  /** Edge (or message) ids, in order, that carry the moving request during this step. */
  flow?: string[]
  /**
   * Ids the camera frames during this step, to focus on a part while more is visible. By default a
   * step frames everything visible; the last step always frames the whole diagram.
   */
  frame?: string[]
}

/** A diagram that builds up by steps, as written in a slide. */
export interface DiagramSpec {
  /** Unique in the deck: the block's `id` option, else `<file>-<slide in file>[-<n>]`. */
  id: string
  /** Mermaid source, exactly as written (Mermaid's own frontmatter and `accTitle`/`accDescr` included). */
  code: string
  steps: DiagramStep[]
  /** When step 1 starts, as for `v-click`: `'+1'` (default) after the clicks before it, or an absolute click. */
  at?: string | number
  /** The camera frames what each step shows, moving on each click; `false` keeps the whole diagram still. Default `true`. */
  camera?: boolean
  /** The share of the diagram area the drawing may fill, as Slidev's own Mermaid block's `scale` (default 1). */
  scale?: number
  /**
   * `'auto'` (default): colors from the deck's CSS custom properties (`--ms-*`), light and dark from one
   * drawing. A Mermaid theme name (`'neutral'`, `'forest'`, …) draws in that theme's own colors.
   */
  theme?: string
}

/** Where a diagram is written: a slide file and line, and the slide's number in the deck. */
export interface DiagramSource {
  /** Relative to the deck root: `pages/gateway.md`. */
  file: string
  /** 1-based line of the block's first line (its fence, or the `<MermaidSteps` tag). */
  line: number
  /** 1-based line in `file` of the Mermaid source's first line. */
  codeLine: number
  /** The slide's number in the deck, where one is known. */
  slide?: number
}

/**
 * Everything that can be wrong with a diagram, in one shape, for the build's error, the box on the
 * slide in dev, and a deck's own checks: where it is written, which diagram and step, and what.
 */
export interface DiagramProblem {
  file?: string
  line?: number
  slide?: number
  diagram: string
  step?: number
  message: string
}

/**
 * A part of Mermaid's configuration, as plain data. Give a diagram its own with Mermaid's frontmatter
 * in the block (`---\nconfig:\n  themeVariables:\n    fontSize: 30px\n---`).
 */
export interface DiagramConfig {
  [key: string]: string | number | boolean | DiagramConfig
}

/**
 * The layers the engine colors by default: nodes and groups opt in with Mermaid's `class x layerName`.
 * Any other class name a diagram uses is a layer too, colored by `--ms-<name>-fill` and
 * `--ms-<name>-stroke`, which a deck defines in its CSS.
 */
export const DEFAULT_LAYERS = [
  'client',
  'network',
  'gateway',
  'service',
  'store',
  'build',
  'zone',
] as const
export type DiagramLayer = typeof DEFAULT_LAYERS[number]

/**
 * How a metric is written on a slide. The counter counts the raw `value` and formats every frame
 * with this, so mid-animation and at-rest text share one format (`99.90%` never shows as `99.9%`).
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

/** An Iconify icon set, or the part of one a diagram uses, as Mermaid's `registerIconPacks` takes it. */
export interface IconPack {
  prefix: string
  icons: Record<string, { body: string, width?: number, height?: number }>
  aliases?: Record<string, { parent: string }>
  width?: number
  height?: number
}
