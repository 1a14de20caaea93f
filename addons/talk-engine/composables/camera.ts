/**
 * The camera of a step diagram, as plain geometry: which transform of the whole drawing frames the
 * elements a step shows. Coordinates are the diagram area's own pixels with the camera at rest
 * (the whole diagram fitted in), so a frame is a CSS `translate(x, y) scale(scale)` with origin 0 0.
 */

export interface Box { x: number, y: number, width: number, height: number }
export interface Frame { x: number, y: number, scale: number }

export const WHOLE: Frame = { x: 0, y: 0, scale: 1 }

export interface FrameOptions {
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
  return { x: left, y: top, width: right - left, height: bottom - top }
}

/**
 * The frame that fits `target` (plus padding) into an area of `area` size, centred, never zoomed past
 * `maxScale` nor out past the whole diagram, and shifted so that a zoomed drawing (`drawing`, its
 * box at rest) never leaves a band of empty area at an edge it could fill.
 */
export function frameFor(target: Box | undefined, area: { width: number, height: number }, drawing: Box, { padding, maxScale }: FrameOptions): Frame {
  if (!target || area.width <= 0 || area.height <= 0)
    return WHOLE
  const fit = Math.min(area.width / (target.width + 2 * padding), area.height / (target.height + 2 * padding))
  const scale = Math.max(1, Math.min(fit, Math.max(1, maxScale)))
  const x = axis(area.width / 2 - scale * (target.x + target.width / 2), scale, drawing.x, drawing.width, area.width)
  const y = axis(area.height / 2 - scale * (target.y + target.height / 2), scale, drawing.y, drawing.height, area.height)
  return { x, y, scale }
}

/** One axis of the shift: keep the zoomed drawing covering the area, or centre it when it is smaller. */
function axis(shift: number, scale: number, start: number, size: number, room: number): number {
  const scaled = size * scale
  if (scaled <= room)
    return (room - scaled) / 2 - scale * start
  return Math.min(-scale * start, Math.max(room - scale * (start + size), shift))
}

/** The CSS transform of a frame. */
export function frameTransform({ x, y, scale }: Frame): string {
  return `translate(${round(x)}px, ${round(y)}px) scale(${round(scale, 4)})`
}

function round(value: number, digits = 2): number {
  const f = 10 ** digits
  return Math.round(value * f) / f
}
