import type { Mermaid, MermaidConfig } from 'mermaid'
import type { DiagramLayer, IconPack } from '../types'
import type { DiagramIds } from './useDiagramSteps'

/**
 * Loading, parsing and rendering Mermaid for diagrams that build up by steps.
 *
 * Mermaid is imported dynamically so only slides that draw a diagram pull it in.
 * Parsing works in Node too, for a deck's static checks: Mermaid's DOMPurify
 * needs a `window` when the module loads, so Node callers install happy-dom's
 * globals first. Nothing here imports `@slidev/client`, for the same reason.
 */

export type DiagramKind = 'flowchart' | 'sequence'

/** The ids a diagram's source defines, plus what the renderer needs to draw a moving request. */
export interface DiagramGraph extends DiagramIds {
  kind: DiagramKind
  /** Where each edge (or message) starts and ends, by node (or participant) id. */
  ends: Record<string, { from: string, to: string }>
  accTitle: string
  accDescription: string
}

/** A Mermaid syntax error, with the 1-based line of the diagram source it points at. */
export class MermaidSyntaxError extends Error {
  constructor(message: string, readonly line: number | undefined) {
    super(message)
    this.name = 'MermaidSyntaxError'
  }
}

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

/**
 * Registers the deck's icon packs (by prefix) with Mermaid, each once. Loaders run
 * only when a diagram first draws one of their icons, so the packs stay off slide 1.
 */
export async function registerIconPacks(packs: Record<string, () => Promise<IconPack>> = {}): Promise<void> {
  const fresh = Object.entries(packs).filter(([name]) => !registeredPacks.has(name))
  if (!fresh.length)
    return
  const mermaid = await loadMermaid()
  fresh.forEach(([name]) => registeredPacks.add(name))
  mermaid.registerIconPacks(fresh.map(([name, loader]) => ({ name, loader }) as IconLoader))
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

export type DiagramTheme = 'light' | 'dark'

/** One colour per architecture layer, the same on every diagram (fill, stroke). */
const layers: Record<DiagramTheme, Record<DiagramLayer, [string, string]>> = {
  light: {
    client: ['#dbeafe', '#2563eb'],
    network: ['#ede9fe', '#7c3aed'],
    gateway: ['#ccfbf1', '#0d9488'],
    service: ['#dcfce7', '#16a34a'],
    store: ['#fef3c7', '#d97706'],
    build: ['#ffe4e6', '#e11d48'],
    zone: ['#cffafe', '#0891b2'],
  },
  dark: {
    client: ['#172554', '#60a5fa'],
    network: ['#2e1065', '#a78bfa'],
    gateway: ['#134e4a', '#2dd4bf'],
    service: ['#14532d', '#4ade80'],
    store: ['#451a03', '#fbbf24'],
    build: ['#4c0519', '#fb7185'],
    zone: ['#164e63', '#22d3ee'],
  },
}

const text: Record<DiagramTheme, string> = { light: '#0f172a', dark: '#f1f5f9' }

function themeConfig(theme: DiagramTheme): MermaidConfig {
  const dark = theme === 'dark'
  return {
    startOnLoad: false,
    securityLevel: 'strict',
    theme: 'base',
    look: 'classic',
    fontFamily: 'Inter, ui-sans-serif, system-ui, sans-serif',
    themeVariables: {
      darkMode: dark,
      background: dark ? '#121212' : '#ffffff',
      fontFamily: 'Inter, ui-sans-serif, system-ui, sans-serif',
      // ELK's spacing is fixed in pixels, so a larger font is a larger share of the drawing: labels read from further away.
      fontSize: '26px',
      primaryColor: dark ? '#1e293b' : '#f8fafc',
      primaryTextColor: text[theme],
      primaryBorderColor: dark ? '#64748b' : '#94a3b8',
      lineColor: dark ? '#94a3b8' : '#64748b',
      textColor: text[theme],
      clusterBkg: dark ? '#1a2230' : '#f8fafc',
      clusterBorder: dark ? '#334155' : '#cbd5e1',
      edgeLabelBackground: dark ? '#121212' : '#ffffff',
      actorBkg: dark ? '#1e293b' : '#f8fafc',
      actorBorder: dark ? '#64748b' : '#94a3b8',
      actorTextColor: text[theme],
      actorLineColor: dark ? '#475569' : '#cbd5e1',
      signalColor: dark ? '#cbd5e1' : '#334155',
      signalTextColor: text[theme],
    },
    // Mermaid 12's default, stated here because it is a 1.5 MB chunk: ELK draws
    // our architecture flowcharts with orthogonal edges that read better on a slide.
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

/** The layer `classDef`s for a theme, appended after the source so Mermaid's line numbers stay the source's. */
export function layerClassDefs(theme: DiagramTheme): string {
  return Object.entries(layers[theme])
    .map(([name, [fill, stroke]]) => `  classDef ${name} fill:${fill},stroke:${stroke},color:${text[theme]}`)
    .join('\n')
}

let queue: Promise<unknown> = Promise.resolve()

/**
 * Renders `code` to an SVG string under the unique element id `svgId`.
 * Renders run one at a time, because Mermaid's configuration is global.
 */
export function renderDiagram(svgId: string, code: string, kind: DiagramKind, theme: DiagramTheme): Promise<string> {
  const run = async () => {
    const mermaid = await loadMermaid()
    // Text is measured at render time; an unloaded font would clip labels.
    await document.fonts?.load('16px Inter').catch(() => undefined)
    mermaid.initialize(themeConfig(theme))
    const source = kind === 'flowchart'
      ? `${code}\n${layerClassDefs(theme)}`
      : code
    try {
      const { svg } = await mermaid.render(svgId, source)
      return svg
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

/** Map from a diagram id to the SVG elements that draw it; also sets `data-id` on each. */
export type DiagramElements = Map<string, Element[]>

/**
 * Finds the elements Mermaid drew for each node, edge and subgraph of `graph` in
 * `svg` (rendered under `svgId`), and tags each with `data-id="<mermaid id>"`.
 */
export function tagDiagramElements(svg: SVGSVGElement, svgId: string, graph: DiagramGraph): DiagramElements {
  const found: DiagramElements = new Map()
  const add = (id: string, el: Element | null | undefined) => {
    if (!el)
      return
    el.setAttribute('data-id', id)
    found.set(id, [
      ...(found.get(id) ?? []),
      el,
    ])
  }
  if (graph.kind === 'flowchart') {
    const nodes = new Set(graph.nodes)
    // Nodes are `<svgId>-flowchart-<node id>-<counter>`.
    const nodePattern = new RegExp(`^${svgId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-flowchart-(.+)-\\d+$`)
    for (const el of svg.querySelectorAll('g.nodes > g[id], g.node[id]')) {
      const id = nodePattern.exec(el.id)?.[1]
      if (id && nodes.has(id))
        add(id, el)
    }
    for (const id of graph.subgraphs)
      add(id, svg.querySelector(`g.cluster[id="${svgId}-${id}"]`))
    for (const id of graph.edges) {
      add(id, svg.querySelector(`path[data-edge="true"][data-id="${id}"]`))
      add(id, svg.querySelector(`g.edgeLabel > g.label[data-id="${id}"]`)?.parentElement)
    }
  }
  else {
    for (const id of graph.nodes) {
      svg.querySelectorAll(`[data-et="participant"][data-id="${id}"], [data-et="life-line"][data-id="${id}"]`)
        .forEach(el => add(id, el))
    }
    // Mermaid numbers messages by db index; the graph numbers them m1, m2, … in the same order.
    const lines = [
      ...svg.querySelectorAll('[data-et="message"]'),
    ]
    graph.edges.forEach((id, i) => {
      const line = lines[i]
      add(id, line)
      const label = line?.previousElementSibling
      if (label?.classList.contains('messageText'))
        add(id, label)
    })
  }
  return found
}

/** SVG path data for an edge's line, in the SVG's user space. */
export function edgePathData(el: Element): string | undefined {
  if (el.tagName.toLowerCase() === 'path')
    return el.getAttribute('d') ?? undefined
  if (el.tagName.toLowerCase() === 'line') {
    const [x1, y1, x2, y2] = ['x1', 'y1', 'x2', 'y2'].map(a => el.getAttribute(a))
    return `M${x1},${y1}L${x2},${y2}`
  }
  return undefined
}

/**
 * Splits an ordered flow into routes a request can travel without jumping:
 * consecutive edges join when one ends where the next starts. Parallel
 * branches (config and plugin pushes) become separate routes, animated together.
 */
export function flowRoutes(flow: string[], ends: DiagramGraph['ends']): string[][] {
  const routes: string[][] = []
  for (const id of flow) {
    const route = routes.at(-1)
    const prev = route?.at(-1)
    if (route && prev && ends[prev]?.to === ends[id]?.from)
      route.push(id)
    else
      routes.push([id])
  }
  return routes
}
