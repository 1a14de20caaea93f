import { describe, expect, it } from 'vitest'
import { frameFor, frameTransform, unionBox, WHOLE } from '../composables/camera'

const area = { width: 800, height: 400 }
// The whole drawing at rest: fitted by width, centred vertically.
const drawing = { x: 0, y: 50, width: 800, height: 300 }
const options = { padding: 20, maxScale: 3 }

describe('the camera', () => {
  it('frames the box around a set of elements', () => {
    expect(unionBox([{ x: 10, y: 20, width: 30, height: 40 }, { x: 100, y: 5, width: 10, height: 10 }])).toEqual({ x: 10, y: 5, width: 100, height: 55 })
    expect(unionBox([])).toBeUndefined()
  })

  it('fits the framed box with its padding into the area, centred, keeping its aspect', () => {
    // 160×80 plus 20 padding each side: 200×120 fits 800×400 at min(4, 3.33) = 3.33, under the cap of 3.5.
    const frame = frameFor({ x: 320, y: 160, width: 160, height: 80 }, area, drawing, { padding: 20, maxScale: 3.5 })
    expect(frame.scale).toBeCloseTo(400 / 120, 5)
    // Its centre (400, 200) lands on the area's centre.
    expect(frame.x + frame.scale * 400).toBeCloseTo(400, 5)
    expect(frame.y + frame.scale * 200).toBeCloseTo(200, 5)
  })

  it('pads: more padding, less zoom', () => {
    const box = { x: 320, y: 160, width: 160, height: 80 }
    expect(frameFor(box, area, drawing, { padding: 60, maxScale: 9 }).scale).toBeLessThan(frameFor(box, area, drawing, { padding: 10, maxScale: 9 }).scale)
  })

  it('caps the zoom so one node never fills the slide', () => {
    const node = { x: 390, y: 195, width: 20, height: 10 }
    expect(frameFor(node, area, drawing, options).scale).toBe(3)
  })

  it('fits by the limiting side: a wide row by width, a tall column by height', () => {
    expect(frameFor({ x: 0, y: 180, width: 780, height: 40 }, area, drawing, { padding: 10, maxScale: 9 }).scale).toBeCloseTo(800 / 800, 5)
    expect(frameFor({ x: 390, y: 50, width: 20, height: 180 }, area, drawing, { padding: 10, maxScale: 9 }).scale).toBeCloseTo(400 / 200, 5)
  })

  it('never zooms out past the whole drawing, and frames all of it at rest', () => {
    expect(frameFor(drawing, area, drawing, options)).toEqual(WHOLE)
    expect(frameFor({ x: -500, y: -500, width: 2000, height: 2000 }, area, drawing, options).scale).toBe(1)
    expect(frameFor(undefined, area, drawing, options)).toEqual(WHOLE)
  })

  it('keeps a zoomed drawing covering the area instead of showing empty room at an edge', () => {
    // A node in the top-left corner: centring it would pull the drawing's left edge into view.
    const frame = frameFor({ x: 0, y: 50, width: 40, height: 30 }, area, drawing, options)
    expect(frame.scale).toBe(3)
    expect(frame.x).toBe(-0) // the drawing's left edge stays at the area's left edge
    expect(frame.y).toBeCloseTo(-150, 5) // its top edge (50 at rest, 150 zoomed) at the area's top
  })

  it('going back a click frames the previous step again: same elements, same frame', () => {
    const step1 = [{ x: 0, y: 100, width: 100, height: 60 }]
    const step2 = [...step1, { x: 300, y: 100, width: 100, height: 60 }]
    const forward = frameFor(unionBox(step1), area, drawing, options)
    frameFor(unionBox(step2), area, drawing, options)
    expect(frameFor(unionBox(step1), area, drawing, options)).toEqual(forward)
  })

  it('writes the frame as a CSS transform with origin 0 0', () => {
    expect(frameTransform({ x: -12.3456, y: 7, scale: 1.234567 })).toBe('translate(-12.35px, 7px) scale(1.2346)')
    expect(frameTransform(WHOLE)).toBe('translate(0px, 0px) scale(1)')
  })
})
