import { describe, expect, it } from 'vitest'
import { CAMERA, frameFor, frameTransform, measureFrame, pointCamera, unionBox, WHOLE } from '../logic/camera'

const area = { width: 800, height: 400 }
// The whole drawing at rest: fitted by width, centred vertically.
const drawing = { x: 0, y: 50, width: 800, height: 300 }
const options = { padding: 20, maxScale: 3 }
function centre(frame: { x: number, y: number, scale: number }, box: { x: number, y: number, width: number, height: number }) {
  return [frame.x + frame.scale * (box.x + box.width / 2), frame.y + frame.scale * (box.y + box.height / 2)]
}

describe('the camera', () => {
  it('frames the box around a set of elements', () => {
    expect(unionBox([
      { x: 10, y: 20, width: 30, height: 40 },
      { x: 100, y: 5, width: 10, height: 10 },
    ])).toEqual({ x: 10, y: 5, width: 100, height: 55 })
    expect(unionBox([])).toBeUndefined()
  })

  it('fits the framed box with its padding into the area, centred, keeping its aspect', () => {
    // 160×80 plus 20 padding each side: 200×120 fits 800×400 at min(4, 3.33) = 3.33, under the cap of 3.5.
    const frame = frameFor({
      x: 320,
      y: 160,
      width: 160,
      height: 80,
    }, area, { padding: 20, maxScale: 3.5 })
    expect(frame.scale).toBeCloseTo(400 / 120, 5)
    // Its centre lands on the area's centre.
    const [x, y] = centre(frame, {
      x: 320,
      y: 160,
      width: 160,
      height: 80,
    })
    expect(x).toBeCloseTo(400, 5)
    expect(y).toBeCloseTo(200, 5)
  })

  it('pads: more padding, less zoom', () => {
    const box = {
      x: 320,
      y: 160,
      width: 160,
      height: 80,
    }
    expect(frameFor(box, area, { padding: 60, maxScale: 9 }).scale).toBeLessThan(frameFor(box, area, { padding: 10, maxScale: 9 }).scale)
  })

  it('caps the zoom so one node never fills the slide', () => {
    const node = {
      x: 390,
      y: 195,
      width: 20,
      height: 10,
    }
    expect(frameFor(node, area, options).scale).toBe(3)
  })

  it('fits by the limiting side: a wide row by width, a tall column by height', () => {
    expect(frameFor({
      x: 100,
      y: 180,
      width: 380,
      height: 40,
    }, area, { padding: 10, maxScale: 9 }).scale).toBeCloseTo(800 / 400, 5)
    expect(frameFor({
      x: 390,
      y: 50,
      width: 20,
      height: 180,
    }, area, { padding: 10, maxScale: 9 }).scale).toBeCloseTo(400 / 200, 5)
  })

  it('never zooms out past the whole drawing, and frames all of it at rest', () => {
    expect(frameFor(drawing, area, options)).toEqual(WHOLE)
    expect(frameFor({
      x: -500,
      y: -500,
      width: 2000,
      height: 2000,
    }, area, options)).toEqual(WHOLE)
    expect(frameFor(undefined, area, options)).toEqual(WHOLE)
  })

  it('centres a step at the edge of the drawing, so the slide stays balanced', () => {
    const corner = { x: 0, y: 50, width: 60, height: 40 }
    const frame = frameFor(corner, area, options)
    expect(frame.scale).toBe(3)
    expect(centre(frame, corner)).toEqual([400, 200])
  })

  it('going back a click frames the previous step again: same elements, same frame', () => {
    const step1 = [
      { x: 0, y: 100, width: 100, height: 60 },
    ]
    const step2 = [
      ...step1,
      {
        x: 300,
        y: 100,
        width: 100,
        height: 60,
      },
    ]
    const forward = frameFor(unionBox(step1), area, options)
    expect(frameFor(unionBox(step2), area, options)).not.toEqual(forward)
    expect(frameFor(unionBox(step1), area, options)).toEqual(forward)
  })

  it('writes the frame as a CSS transform with origin 0 0', () => {
    expect(frameTransform({ x: -12.3456, y: 7, scale: 1.234567 })).toBe('translate(-12.35px, 7px) scale(1.2346)')
    expect(frameTransform(WHOLE)).toBe('translate(0px, 0px) scale(1)')
  })
})

describe('the camera on the page', () => {
  function rect(x: number, y: number, width: number, height: number) {
    return () => ({
      x,
      y,
      left: x,
      top: y,
      width,
      height,
      right: x + width,
      bottom: y + height,
      toJSON: () => ({}),
    }) as DOMRect
  }
  function view() {
    const host = document.createElement('div')
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg')
    host.append(svg)
    document.body.append(host)
    // The slide is drawn at half size: 800×400 layout pixels take 400×200 on screen, at (100, 50).
    Object.defineProperties(host, {
      clientWidth: { value: 800 },
      clientHeight: { value: 400 },
      offsetWidth: { value: 800 },
    })
    host.getBoundingClientRect = rect(100, 50, 400, 200)
    const a = document.createElementNS('http://www.w3.org/2000/svg', 'g')
    const b = document.createElementNS('http://www.w3.org/2000/svg', 'g')
    a.getBoundingClientRect = rect(100 + 20, 50 + 90, 20, 10) // at rest: (40, 180) 40×20
    b.getBoundingClientRect = rect(100 + 300, 50 + 90, 20, 10)
    return { host, svg, a, b }
  }

  it('measures elements in the diagram area\'s own pixels, through the slide\'s scale, and frames them', () => {
    const { host, svg, a, b } = view()
    const frame = measureFrame({
      host,
      svg,
      targets: [a],
      all: [a, b],
      slideHeight: 552,
    })
    const fit = Math.min(800 / (40 + 2 * CAMERA.padding), 400 / (20 + 2 * CAMERA.padding))
    expect(frame.scale).toBeCloseTo(Math.min(fit, (CAMERA.maxLabelShare * 552) / 16), 5)
    expect(frame.x + frame.scale * 60).toBeCloseTo(400, 5)
    expect(frame.y + frame.scale * 190).toBeCloseTo(200, 5)
    // Everything framed: the whole view, as laid out.
    expect(measureFrame({
      host,
      svg,
      targets: [a, b],
      all: [a, b],
      slideHeight: 552,
    })).toEqual(WHOLE)
  })

  it('in print, the overview and with reduced motion, shows the target frame at once, with no move', () => {
    const { svg } = view()
    pointCamera(svg, { x: -10, y: -20, scale: 2 }, true)
    expect(svg.style.transform).toBe('translate(-10px, -20px) scale(2)')
    expect(svg.style.transition).toBe('none')
    expect(svg.dataset.camera).toBe('rest')
    expect(svg.dataset.zoom).toBe('2')
  })

  it('moves on a click and says so until the move ends; a click back moves again', () => {
    const { svg } = view()
    pointCamera(svg, WHOLE, true)
    pointCamera(svg, { x: -10, y: -20, scale: 2 }, false)
    expect(svg.style.transition).toBe('')
    expect(svg.dataset.camera).toBe('moving')
    svg.dispatchEvent(Object.assign(new Event('transitionend'), { propertyName: 'transform' }))
    expect(svg.dataset.camera).toBe('rest')
    pointCamera(svg, WHOLE, false)
    expect(svg.dataset.camera).toBe('moving')
    expect(svg.style.transform).toBe(frameTransform(WHOLE))
    // The same frame again (a re-render, a resize at rest) is no move.
    svg.dispatchEvent(Object.assign(new Event('transitionend'), { propertyName: 'transform' }))
    pointCamera(svg, WHOLE, false)
    expect(svg.dataset.camera).toBe('rest')
  })
})
