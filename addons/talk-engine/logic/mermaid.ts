import type { Mermaid, MermaidConfig } from 'mermaid'
import type { DiagramSpec, IconPack } from '../types'
import type { DiagramGraph, DiagramKind, DrawnDiagram } from './svg'
import { layerClassDefs, recolor, roleColor, usedLayers } from './palette'
import { MermaidSyntaxError } from './svg'

/**
 * Loading, parsing and rendering Mermaid for diagrams that build up by steps.
 *
 * Mermaid is imported dynamically so only slides that draw a diagram pull it in.
 * Parsing works in Node too, for a deck's static checks: Mermaid's DOMPurify
 * needs a `window` when the module loads, so Node callers install happy-dom's
 * globals first. Nothing here imports `@slidev/client`, for the same reason.
 */

export * from './svg'

let loading: Promise<Mermaid> | undefined

/** Mermaid, initialised once: strict security, no auto-start. */
export function loadMermaid(): Promise<Mermaid> {
  loading ??= import('mermaid').then(({ default: mermaid }) => {
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' })
    return mermaid
  })
  return loading
}

type IconLoader = Parameters<Mermaid['registerIconPacks']>[0][number]
const registeredPacks = new Set<string>()

/** Registers icon packs (the icons a diagram's `icon:` shapes use, by prefix) with Mermaid, each once. */
export async function registerIconPacks(packs: Record<string, IconPack> = {}): Promise<void> {
  const fresh = Object.entries(packs).filter(([name]) => !registeredPacks.has(name))
  if (!fresh.length)
    return
  const mermaid = await loadMermaid()
  fresh.forEach(([name]) => registeredPacks.add(name))
  mermaid.registerIconPacks(fresh.map(([name, pack]) => ({
    name,
    loader: async () => pack,
  }) as IconLoader))
}

/** The line a Mermaid parse error points at: its `hash.loc`, else "on line N" in its message. */
function errorLine(error: unknown): number | undefined {
  const hash = (error as { hash?: { loc?: { first_line?: number } } }).hash
  if (typeof hash?.loc?.first_line === 'number')
    return hash.loc.first_line
  const match = /on line (\d+)/.exec(String((error as Error)?.message ?? error))
  return match
    ? Number(match[1])
    : undefined
}

function syntaxError(error: unknown): MermaidSyntaxError {
  const message = String((error as Error)?.message ?? error)
  return new MermaidSyntaxError(message, errorLine(error))
}

interface FlowDb {
  getVertices: () => Map<string, unknown>
  getEdges: () => { id?: string, start: string, end: string }[]
  getSubGraphs: () => { id: string }[]
}
interface SequenceDb {
  getActors: () => Map<string, unknown>
  getMessages: () => { id?: string, from?: string, to?: string, type?: number }[]
  LINETYPE: { NOTE: number }
}
interface CommonDb {
  getAccTitle: () => string
  getAccDescription: () => string
}

/**
 * Sequence messages have no ids in Mermaid's syntax, so we name them `m1`, `m2`, …
 * in source order (notes, loops and activations do not count). `dom` is the
 * `data-id` Mermaid's renderer gives the message (`i` + its index in the db).
 */
export function sequenceMessages(db: SequenceDb): { id: string, dom: string, from: string, to: string }[] {
  return db.getMessages()
    .filter(m => m.from && m.to && m.type !== db.LINETYPE.NOTE)
    .map((m, i) => ({
      id: `m${i + 1}`,
      dom: `i${m.id}`,
      from: m.from!,
      to: m.to!,
    }))
}

/** The ids a Mermaid source defines, read from Mermaid's own parser and db. Throws `MermaidSyntaxError`. */
export async function parseDiagram(code: string): Promise<DiagramGraph> {
  const mermaid = await loadMermaid()
  let diagram: Awaited<ReturnType<typeof mermaid.mermaidAPI.getDiagramFromText>>
  try {
    diagram = await mermaid.mermaidAPI.getDiagramFromText(code)
  }
  catch (error) {
    throw syntaxError(error)
  }
  const common = diagram.db as unknown as CommonDb
  const acc = { accTitle: common.getAccTitle?.() ?? '', accDescription: common.getAccDescription?.() ?? '' }
  if (diagram.type === 'sequence') {
    const db = diagram.db as unknown as SequenceDb
    const messages = sequenceMessages(db)
    return {
      kind: 'sequence',
      nodes: [
        ...db.getActors().keys(),
      ],
      edges: messages.map(m => m.id),
      subgraphs: [],
      ends: Object.fromEntries(messages.map(m => [
        m.id,
        { from: m.from, to: m.to },
      ])),
      ...acc,
    }
  }
  if (diagram.type === 'flowchart-v2' || diagram.type === 'flowchart') {
    const db = diagram.db as unknown as FlowDb
    const edges = db.getEdges()
    return {
      kind: 'flowchart',
      nodes: [
        ...db.getVertices().keys(),
      ],
      // Edges without an `id@` cannot be named by a step; validation reports them as never shown.
      edges: edges.map((e, i) => e.id ?? `(unnamed edge ${i + 1}: ${e.start} → ${e.end})`),
      subgraphs: db.getSubGraphs().map(s => s.id),
      ends: Object.fromEntries(edges.filter(e => e.id).map(e => [
        e.id!,
        { from: e.start, to: e.end },
      ])),
      ...acc,
    }
  }
  throw new MermaidSyntaxError(`"${diagram.type}" diagrams cannot build up by steps; use a flowchart or a sequenceDiagram`, 1)
}

/**
 * Mermaid's configuration for a drawing: the engine's spacing, the label font (a CSS font-family
 * list, the deck's `fonts.sans`), and the colors of `theme`.
 */
export function drawingConfig(theme: string, fontFamily: string): MermaidConfig {
  const ink = roleColor('ink')
  // 'auto': every color a stand-in that `recolor` turns into the deck's custom properties.
  const colors = theme === 'auto'
    ? {
        darkMode: false,
        background: roleColor('surface'),
        primaryColor: roleColor('node'),
        primaryTextColor: ink,
        primaryBorderColor: roleColor('nodeBorder'),
        secondaryColor: roleColor('group'),
        tertiaryColor: roleColor('group'),
        lineColor: roleColor('line'),
        textColor: ink,
        titleColor: ink,
        clusterBkg: roleColor('group'),
        clusterBorder: roleColor('groupBorder'),
        edgeLabelBackground: roleColor('surface'),
        actorBkg: roleColor('node'),
        actorBorder: roleColor('nodeBorder'),
        actorTextColor: ink,
        actorLineColor: roleColor('lane'),
        signalColor: roleColor('line'),
        signalTextColor: ink,
        labelTextColor: ink,
        loopTextColor: ink,
        labelBoxBkgColor: roleColor('node'),
        labelBoxBorderColor: roleColor('nodeBorder'),
        noteBkgColor: roleColor('group'),
        noteTextColor: ink,
        noteBorderColor: roleColor('groupBorder'),
        activationBkgColor: roleColor('group'),
        activationBorderColor: roleColor('nodeBorder'),
        sequenceNumberColor: roleColor('surface'),
      }
    : {}
  return {
    startOnLoad: false,
    securityLevel: 'strict',
    theme: (theme === 'auto'
      ? 'base'
      : theme) as MermaidConfig['theme'],
    look: 'classic',
    fontFamily,
    themeVariables: {
      ...colors,
      fontFamily,
      // ELK's spacing is fixed in pixels, so a larger font is a larger share of the drawing: labels read from further away.
      fontSize: '26px',
    },
    // ELK draws architecture flowcharts with orthogonal edges that read better on a slide.
    layout: 'elk',
    // Wide enough that a DNS name never wraps mid-label.
    flowchart: {
      htmlLabels: true,
      padding: 8,
      nodeSpacing: 18,
      rankSpacing: 30,
      diagramPadding: 2,
      wrappingWidth: 520,
    },
    sequence: {
      mirrorActors: false,
      actorMargin: 36,
      messageMargin: 28,
      boxMargin: 6,
      diagramMarginX: 8,
      diagramMarginY: 8,
      useMaxWidth: true,
    },
  }
}

/** The label weights Mermaid may draw (a classDef's 600, bold 700): each must be loaded before labels are measured. */
const LABEL_WEIGHTS = [400, 600, 700]

let queue: Promise<unknown> = Promise.resolve()

/**
 * Renders `code` to an SVG string under the unique element id `svgId`. Renders run one at a time,
 * because Mermaid's configuration is global; a diagram's own settings are Mermaid frontmatter in `code`.
 */
export function renderDiagram(svgId: string, code: string, kind: DiagramKind, theme: string, font: string): Promise<string> {
  const run = async () => {
    const mermaid = await loadMermaid()
    mermaid.initialize(drawingConfig(theme, font))
    const layers = kind === 'flowchart'
      ? usedLayers(code)
      : []
    const source = layers.length
      ? `${code}\n${layerClassDefs(layers)}`
      : code
    // Labels are measured as they are drawn: in a fallback font they would be sized wrong and clip.
    await Promise.all(LABEL_WEIGHTS.map(weight => document.fonts?.load(`${weight} 16px ${font}`, source))).catch(() => undefined)
    try {
      const { svg } = await mermaid.render(svgId, source)
      return recolor(svg, layers)
    }
    catch (error) {
      throw syntaxError(error)
    }
    finally {
      // Mermaid leaves its scratch element behind when a render fails.
      document.getElementById(`d${svgId}`)?.remove()
    }
  }
  const result = queue.then(run, run)
  queue = result.catch(() => undefined)
  return result
}

/**
 * Parses and draws a diagram under the element id `svgId`: what the build does (node/draw.ts), and
 * what a page does where the build found no browser to draw in, so both draw one picture.
 */
export async function drawDiagram({ code, theme = 'auto' }: Pick<DiagramSpec, 'code' | 'theme'>, svgId: string, font: string): Promise<DrawnDiagram> {
  const graph = await parseDiagram(code)
  return {
    graph,
    svg: await renderDiagram(svgId, code, graph.kind, theme, font),
    svgId,
  }
}
