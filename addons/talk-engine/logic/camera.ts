/**
 * The camera of a step diagram, as plain geometry: which transform of the whole drawing frames the
 * elements a step shows. Coordinates are the diagram area's own pixels with the camera at rest
 * (the whole diagram fitted in), so a frame is a CSS `translate(x, y) scale(scale)` with origin 0 0.
 */

export interface Box { x: number, y: number, width: number, height: number }
export interface Frame { x: number, y: number, scale: number }

export const WHOLE: Frame = { x: 0, y: 0, scale: 1 }

interface FrameOptions {
  /** Room to keep around the framed elements, in diagram-area pixels at rest. */
  padding: number
  /** The largest zoom: a single node must not fill the slide (labels at most ~6% of its height). */
  maxScale: number
}

/** The smallest box holding every box; undefined for none. */
export function unionBox(boxes: readonly Box[]): Box | undefined {
  if (!boxes.length)
    return undefined
  const left = Math.min(...boxes.map(b => b.x))
  const top = Math.min(...boxes.map(b => b.y))
  const right = Math.max(...boxes.map(b => b.x + b.width))
  const bottom = Math.max(...boxes.map(b => b.y + b.height))
  return {
    x: left,
    y: top,
    width: right - left,
    height: bottom - top,
  }
}

/**
 * The frame that fits `target` (plus padding) into an area of `area` size, centred (the slide's
 * balance matters more than the drawing's edges: around a diagram is empty either way), never zoomed
 * past `maxScale` nor out past the whole diagram.
 */
export function frameFor(target: Box | undefined, area: { width: number, height: number }, { padding, maxScale }: FrameOptions): Frame {
  if (!target || area.width <= 0 || area.height <= 0)
    return WHOLE
  const fit = Math.min(area.width / (target.width + 2 * padding), area.height / (target.height + 2 * padding))
  const scale = Math.max(1, Math.min(fit, maxScale))
  if (scale === 1)
    return WHOLE // the whole diagram, as laid out: no shift for a few pixels of padding
  return {
    x: area.width / 2 - scale * (target.x + target.width / 2),
    y: area.height / 2 - scale * (target.y + target.height / 2),
    scale,
  }
}

/** The CSS transform of a frame. */
export function frameTransform({ x, y, scale }: Frame): string {
  return `translate(${round(x)}px, ${round(y)}px) scale(${round(scale, 4)})`
}

function round(value: number, digits = 2): number {
  const f = 10 ** digits
  return Math.round(value * f) / f
}

/** What the component hands the camera to measure, all in the live page. */
interface CameraView {
  /** The diagram area: the camera's viewport, never transformed itself. */
  host: HTMLElement
  /** The drawing the camera moves (transform origin 0 0). */
  svg: SVGSVGElement
  /** Elements of the ids the step frames. */
  targets: Element[]
  /** Every element of the diagram. */
  all: Element[]
  /** The slide's height in layout pixels (the canvas), for the zoom cap. */
  slideHeight: number
}

export const CAMERA = {
  /** Room around a framed step, in diagram-area pixels at rest. */
  padding: 32,
  /** The zoom cap: a diagram label is never drawn taller than this share of the slide. */
  maxLabelShare: 0.06,
}

/**
 * The frame a step should have, measured from the page: each element's box is read on screen and
 * taken back through the slide's scale and the camera's current transform (mid-move included), so
 * it does not matter where the camera is when a click lands.
 */
export function measureFrame({ host, svg, targets, all, slideHeight }: CameraView): Frame {
  const area = { width: host.clientWidth, height: host.clientHeight }
  const origin = host.getBoundingClientRect()
  const slideScale = host.offsetWidth
    ? origin.width / host.offsetWidth
    : 1
  const current = currentFrame(svg)
  const atRest = (element: Element): Box => {
    const r = element.getBoundingClientRect()
    const k = slideScale * current.scale
    return {
      x: ((r.left - origin.left) / slideScale - current.x) / current.scale,
      y: ((r.top - origin.top) / slideScale - current.y) / current.scale,
      width: r.width / k,
      height: r.height / k,
    }
  }
  // Framing (nearly) everything is the whole view: the layout's own fit, not a recentred copy.
  const target = targets.length < all.length
    ? unionBox(targets.map(atRest))
    : undefined
  return frameFor(target, area, {
    padding: CAMERA.padding,
    maxScale: labelCap(svg, area, slideHeight),
  })
}

/** How far the camera may zoom before Mermaid's label size reaches `CAMERA.maxLabelShare` of the slide. */
function labelCap(svg: SVGSVGElement, area: { width: number, height: number }, slideHeight: number): number {
  const box = svg.viewBox?.baseVal
  const fontSize = Number.parseFloat(getComputedStyle(svg).fontSize) || 16
  // preserveAspectRatio "meet": the viewBox scales by its limiting side.
  const fitted = box?.width && box.height
    ? Math.min(area.width / box.width, area.height / box.height)
    : 1
  return (CAMERA.maxLabelShare * slideHeight) / (fontSize * fitted)
}

/** The camera's transform as drawn right now (a move may be under way). */
function currentFrame(svg: SVGSVGElement): Frame {
  const transform = getComputedStyle(svg).transform
  if (!transform || transform === 'none' || typeof DOMMatrix === 'undefined')
    return WHOLE
  const m = new DOMMatrix(transform)
  return { x: m.e, y: m.f, scale: m.a || 1 }
}

/**
 * What the camera frames for these ids. A group's box is laid out for its final members, so framing
 * it would frame the empty room its later members take: a group counts by its title, next to the
 * members shown so far. A group framed alone is framed whole.
 */
export function framedElements(ids: string[], elements: Map<string, Element[]>, groups: Set<string>): Element[] {
  const own = (id: string) => elements.get(id) ?? []
  if (ids.every(id => groups.has(id)))
    return ids.flatMap(own)
  return ids.flatMap(id => groups.has(id)
    ? own(id).map(group => group.querySelector('.cluster-label') ?? group)
    : own(id))
}

/** Drawings whose end-of-move listener is attached. */
const cameras = new WeakSet<SVGSVGElement>()

/**
 * Points the camera at `frame`: a CSS transition on the drawing's transform (composited, no
 * re-render), or at once when `instant` (print, overview, reduced motion, the first frame).
 * `data-camera` says `moving` until the move ends, then `rest`.
 */
export function pointCamera(svg: SVGSVGElement, frame: Frame, instant: boolean): void {
  const transform = frameTransform(frame)
  const moving = !instant && svg.dataset.frame !== undefined && svg.dataset.frame !== transform
  svg.style.transformOrigin = '0 0'
  svg.style.transition = instant ? 'none' : ''
  svg.style.transform = transform
  svg.dataset.frame = transform
  svg.dataset.zoom = String(round(frame.scale, 4))
  svg.dataset.camera = moving ? 'moving' : 'rest'
  if (moving && !cameras.has(svg)) {
    cameras.add(svg)
    // An interrupted move fires transitioncancel, not transitionend: this ends only the last one.
    svg.addEventListener('transitionend', (event) => {
      if (event.target === svg && event.propertyName === 'transform')
        svg.dataset.camera = 'rest'
    })
  }
}
