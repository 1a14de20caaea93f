import type { DiagramSpec } from '../types'
import type { DiagramIds } from './useDiagramSteps'

/**
 * A drawn diagram as the engine uses it, with no Mermaid code: the ids its source
 * defines, and the nodes, edges and groups found in its SVG. The drawing itself
 * comes from Mermaid, in the browser while a deck is edited (useMermaid.ts) or at
 * build time (node/drawDiagrams.ts), so this module is all a built deck ships.
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

export type DiagramTheme = 'light' | 'dark'

/** A diagram drawn once per theme; `svgId` is the element id its SVG was drawn under, in both. */
export interface DrawnDiagram {
  graph: DiagramGraph
  svgId: string
  svg: Record<DiagramTheme, string>
  /** `sourceHash` of the spec it was drawn from, so a slide can tell a drawing from an edited spec. */
  code: string
}

/** FNV-1a of a string, as 8 hex digits: the same in Node and the browser, and cheap. */
function codeHash(code: string): string {
  let hash = 0x811C9DC5
  for (let i = 0; i < code.length; i++) {
    hash ^= code.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0).toString(16).padStart(8, '0')
}

/** What a diagram's picture is drawn from, its Mermaid source and its own config, as a hash. */
export function sourceHash({ code, config }: Pick<DiagramSpec, 'code' | 'config'>): string {
  return codeHash(config
    ? `${code}\n${JSON.stringify(config)}`
    : code)
}

/**
 * The element id a diagram is drawn under, live or at build time, so both give the same SVG;
 * a slide swaps it for an id of its own when it shows the drawing.
 */
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

/** The ids of `graph` that Mermaid drew no element for (`tagDiagramElements` found none). */
export function undrawnIds(graph: DiagramGraph, found: DiagramElements): string[] {
  return [
    ...graph.nodes,
    ...graph.edges,
    ...graph.subgraphs,
  ].filter(id => !found.has(id))
}
