import type { Mermaid, MermaidConfig } from 'mermaid'
import type { DiagramConfig, DiagramLayer, DiagramSpec, IconPack } from '../types'
import type { DiagramGraph, DiagramKind, DiagramTheme } from './diagramSvg'
import { defu } from 'defu'
import { MermaidSyntaxError } from './diagramSvg'

/**
 * Loading, parsing and rendering Mermaid for diagrams that build up by steps.
 *
 * Mermaid is imported dynamically so only slides that draw a diagram pull it in.
 * Parsing works in Node too, for a deck's static checks: Mermaid's DOMPurify
 * needs a `window` when the module loads, so Node callers install happy-dom's
 * globals first. Nothing here imports `@slidev/client`, for the same reason.
 */

export * from './diagramSvg'

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

/** The labels' font, which the deck ships, and the weights labels can take. */
const LABEL_FONT = 'Inter'
const LABEL_WEIGHTS = [400, 600, 700]
const FONT_STACK = `${LABEL_FONT}, ui-sans-serif, system-ui, sans-serif`

function themeConfig(theme: DiagramTheme): MermaidConfig {
  const dark = theme === 'dark'
  return {
    startOnLoad: false,
    securityLevel: 'strict',
    theme: 'base',
    look: 'classic',
    fontFamily: FONT_STACK,
    themeVariables: {
      darkMode: dark,
      background: dark ? '#121212' : '#ffffff',
      fontFamily: FONT_STACK,
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
 * Renders `code` to an SVG string under the unique element id `svgId`, with the diagram's own `config`.
 * Renders run one at a time, because Mermaid's configuration is global.
 */
export function renderDiagram(svgId: string, code: string, kind: DiagramKind, theme: DiagramTheme, config?: DiagramConfig): Promise<string> {
  const run = async () => {
    const mermaid = await loadMermaid()
    // A diagram's own settings laid over the engine's, object by object.
    mermaid.initialize(defu(config, themeConfig(theme)))
    const source = kind === 'flowchart'
      ? `${code}\n${layerClassDefs(theme)}`
      : code
    // Labels are measured as they are drawn: every weight a label may use (a classDef's 600, bold 700)
    // must be loaded for the labels' characters first, or they are sized in a fallback font and clip.
    await Promise.all(LABEL_WEIGHTS.map(weight => document.fonts?.load(`${weight} 16px ${LABEL_FONT}`, source))).catch(() => undefined)
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

/**
 * Parses and draws a diagram under the element id `svgId`: what the browser does live while a deck
 * is edited, and what the build does once per theme (node/drawDiagrams.ts), so both draw one picture.
 */
export async function drawDiagram({ code, config }: Pick<DiagramSpec, 'code' | 'config'>, svgId: string, theme: DiagramTheme): Promise<{ graph: DiagramGraph, svg: string }> {
  const graph = await parseDiagram(code)
  return {
    graph,
    svg: await renderDiagram(svgId, code, graph.kind, theme, config),
  }
}
