import type { DiagramProblem, DiagramSource, DiagramSpec } from '../types'
import type { DiagramIds, DiagramState } from './steps'

/**
 * A drawn diagram as the engine uses it, with no Mermaid code: the ids its source defines, and the
 * nodes, edges and groups found in its SVG. The drawing itself comes from Mermaid, at build time
 * (node/draw.ts) or, where no browser could draw it, in the page (logic/mermaid.ts).
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

/** One drawing, for light and dark alike (its colors are CSS custom properties), drawn under `svgId`. */
export interface DrawnDiagram {
  graph: DiagramGraph
  svg: string
  svgId: string
}

/**
 * What a slide imports for one diagram (`virtual:talk-engine/diagram/<id>`), made by the engine's
 * Vite plugin from the block in the slide: the spec, where it is written, its drawing, and in dev
 * what is wrong with it. Without a drawing (no browser to draw in at build time) the module also
 * exports `draw`, Mermaid for the page, and `icons`, the icon packs its shapes use.
 */
export interface DiagramModule {
  spec: DiagramSpec
  source?: DiagramSource
  drawing?: DrawnDiagram
  problems: DiagramProblem[]
}

/** The element id a diagram is drawn under; a slide swaps it for an id of its own when it shows the drawing. */
export function drawnSvgId(id: string): string {
  return `talk-engine-drawn-${id.replace(/[^\w-]/g, '_')}`
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

/** A drawing put in the page: its root and its parts by id. */
interface PlacedDrawing {
  svg: SVGSVGElement
  elements: DiagramElements
}

/**
 * Puts `drawing` into `host` under the element id `id` (the same diagram may show more than once on a
 * page) and tags its parts. As a `picture` (the default) it sizes by its container, not Mermaid's
 * inline max-width, leaves its name to the figure around it, and marks every part an `ms-item` for
 * the step classes; a copy put in only to be measured stays as drawn.
 */
export function placeDrawing(host: Element, drawing: DrawnDiagram, id: string, { picture = true } = {}): PlacedDrawing {
  host.innerHTML = drawing.svg.replaceAll(drawing.svgId, id)
  const svg = host.querySelector('svg')!
  if (picture) {
    svg.removeAttribute('style')
    svg.setAttribute('aria-hidden', 'true')
  }
  const elements = tagDiagramElements(svg, id, drawing.graph)
  if (picture)
    elements.forEach(parts => parts.forEach(part => part.classList.add('ms-item')))
  return { svg, elements }
}

/** Sets every part's step classes for `state`: shown, emphasized, on the moving request's route. */
export function applyState(elements: DiagramElements, state: Pick<DiagramState, 'visible' | 'highlighted' | 'flowing'>): void {
  const flowing = new Set(state.flowing)
  for (const [id, parts] of elements) {
    for (const part of parts) {
      part.classList.toggle('is-visible', state.visible.has(id))
      part.classList.toggle('is-highlighted', state.highlighted.has(id))
      part.classList.toggle('is-flowing', flowing.has(id))
    }
  }
}

/** The ids of `graph` that Mermaid drew no element for (`tagDiagramElements` found none). */
export function undrawnIds(graph: DiagramGraph, found: DiagramElements): string[] {
  return [
    ...graph.nodes,
    ...graph.edges,
    ...graph.subgraphs,
  ].filter(id => !found.has(id))
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

const SVG = 'http://www.w3.org/2000/svg'

/**
 * A layer of moving requests for a step's flow: per route, one path joined through its nodes (a line,
 * not a jump) and a dot that travels it on a loop, restarted from the route's start. Returns the
 * layer, not yet in the drawing; `undefined` when no route has a drawn edge.
 */
export function packetLayer(flow: string[], graph: DiagramGraph, elements: DiagramElements): SVGGElement | undefined {
  const layer = document.createElementNS(SVG, 'g')
  layer.setAttribute('class', 'ms-packets')
  for (const route of flowRoutes(flow, graph.ends)) {
    const d = route
      .map(id => elements.get(id)?.map(edgePathData).find(Boolean))
      .filter((p): p is string => !!p)
      .map((p, i) => (i
        ? p.replace(/^\s*M/, 'L')
        : p))
      .join(' ')
    if (!d)
      continue
    const path = document.createElementNS(SVG, 'path')
    path.setAttribute('d', d)
    path.setAttribute('class', 'ms-route')
    layer.append(path)
    const length = path.getTotalLength?.() ?? 400
    const dot = document.createElementNS(SVG, 'circle')
    dot.setAttribute('r', '7')
    dot.setAttribute('class', 'ms-packet')
    const motion = document.createElementNS(SVG, 'animateMotion')
    for (const [name, value] of Object.entries({
      path: d,
      dur: `${Math.max(1.4, length / 240).toFixed(2)}s`,
      begin: 'indefinite',
      repeatCount: 'indefinite',
      keyPoints: '0;1;1',
      keyTimes: '0;0.85;1',
      calcMode: 'linear',
    }))
      motion.setAttribute(name, value)
    dot.append(motion)
    layer.append(dot)
  }
  return layer.childElementCount ? layer : undefined
}
