import type { DiagramSpec } from '../types'
import type { Box } from './camera'
import type { DiagramElements, DiagramGraph } from './svg'
import { framedElements, unionBox } from './camera'
import { diagramState, lastStep } from './steps'

/**
 * A diagram as a document (a deck's reading view on a phone): each step its own picture, framed on
 * what that step brings, at a size its labels can be read at. Geometry in the drawing's own units.
 */

/**
 * The ids a step's picture frames: its own `frame`, else what it adds, emphasizes and sends a request
 * along; the last step frames the whole. A sequence message brings its two participants, so the
 * picture says who talks to whom.
 */
export function documentFrameIds(spec: Pick<DiagramSpec, 'steps'>, step: number, graph?: Pick<DiagramGraph, 'kind' | 'ends'>): string[] | 'whole' {
  if (step >= lastStep(spec))
    return 'whole'
  const own = spec.steps[step]
  if (own.frame)
    return own.frame
  const brought = [
    ...new Set([
      ...own.show ?? [],
      ...own.highlight ?? [],
      ...own.flow ?? [],
    ]),
  ]
  const ids = brought.length
    ? brought
    : diagramState(spec, step).framed
  return graph?.kind === 'sequence'
    ? [
        ...new Set(ids.flatMap(id => graph.ends[id]
          ? [id, graph.ends[id].from, graph.ends[id].to]
          : [id])),
      ]
    : ids
}

/** An element's box in the drawing's units, in an SVG laid out at one unit per pixel. */
export function measureIn(svg: SVGSVGElement): (element: Element) => Box {
  const origin = svg.getBoundingClientRect()
  const view = svg.viewBox.baseVal
  return (element) => {
    const r = element.getBoundingClientRect()
    return {
      x: r.left - origin.left + view.x,
      y: r.top - origin.top + view.y,
      width: r.width,
      height: r.height,
    }
  }
}

/**
 * The box a step's picture shows: its framed parts with `padding` around, inside the drawing. A
 * phone's picture is narrow, so a group shown with members counts by its members alone (not by its
 * title, as on a slide, which may sit far from them); a group framed alone is framed whole.
 */
export function stepBox(ids: string[] | 'whole', measure: (element: Element) => Box, elements: DiagramElements, graph: DiagramGraph, view: Box, padding: number): Box {
  if (ids === 'whole')
    return view
  const groups = new Set(graph.subgraphs)
  const members = ids.filter(id => !groups.has(id))
  // A participant counts by its box, not by its lifeline, which runs the whole height.
  const parts = framedElements(members.length ? members : ids, elements, groups)
  const box = unionBox(parts.filter(part => part.getAttribute?.('data-et') !== 'life-line').map(measure))
  if (!box)
    return view
  const x = Math.max(view.x, box.x - padding)
  const y = Math.max(view.y, box.y - padding)
  return {
    x,
    y,
    width: Math.min(view.x + view.width, box.x + box.width + padding) - x,
    height: Math.min(view.y + view.height, box.y + box.height + padding) - y,
  }
}

/**
 * How many pixels a unit of the drawing takes in a picture `width` pixels wide showing `box`:
 * filling the width, but never so small that the smallest label (`labelUnits` high) falls under
 * `minLabel` px, nor so large that it passes `maxLabel`. Wider than the width means the picture scrolls.
 */
export function pictureScale(box: Box, width: number, labelUnits: number, minLabel: number, maxLabel: number): number {
  const fit = width / box.width
  return Math.min(Math.max(fit, minLabel / labelUnits), Math.max(maxLabel / labelUnits, minLabel / labelUnits))
}
