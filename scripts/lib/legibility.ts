import type { Page } from 'playwright-core'

/** Smallest legible text, as a share of the slide's height (AVIXA DISCAS asks about 3% at six image-heights). */
export const TEXT_FLOOR = 0.024

/** Diagram labels are read at a glance from across the room while the presenter points: DISCAS's 3%. */
export const DIAGRAM_LABEL_FLOOR = 0.03

/** On a phone, no text under this many CSS px after all scaling (the reading view's test and the bench's budget). */
export const TEXT_MIN_PX = 12

/** On a phone, the median text, by character, at least this many CSS px (the reading view's test and the bench's budget). */
export const TEXT_MEDIAN_PX = 16

/** What draws a diagram: the engine's canvas on a slide, its step pictures in a reading view. Captions are body text, outside them. */
const DIAGRAM_CANVAS = '.mermaid-steps .ms-canvas, .mermaid-steps .ms-doc-picture'

export interface TextSize {
  /** The text, shortened, as a person would quote it. */
  text: string
  /** The whole text, runs of whitespace folded (for counting words). */
  full: string
  /** Rendered font size in screen pixels, after every CSS transform and SVG viewBox scale. */
  px: number
  /** `px` as a share of the slide's rendered height. */
  share: number
  /** `html` for HTML text (Mermaid's labels in a foreignObject included), `svg` for SVG `<text>`. */
  kind: 'html' | 'svg'
  /** The face it is drawn in, `Inter 600 normal`, and whether the page has that face loaded (else the browser fakes it). */
  face: string
  faceShipped: boolean
  /** Drawn inside a diagram's canvas: a diagram label, held to `DIAGRAM_LABEL_FLOOR`. */
  diagram: boolean
}

/**
 * The rendered size of every visible text on slide `no` (or in the element `root` selects, such as the
 * reading view's document): each text node's font size times the scale its element is drawn at (client
 * box over layout box for HTML, over the SVG bounding box for SVG text), so the slide's own scaling, a
 * diagram's viewBox and a zoomed camera all count. `share` is of the root's height.
 */
export function measureText(page: Page, root: number | string): Promise<TextSize[]> {
  return page.evaluate(([selector, canvas]) => {
    const slide = document.querySelector(selector)
    if (!slide)
      throw new Error(`${selector} is not on the page`)
    const frame = slide.getBoundingClientRect()
    const found: TextSize[] = []
    const loaded = new Set([...document.fonts].filter(f => f.status === 'loaded').map(f => `${f.family.replace(/["']/g, '')} ${f.weight} ${f.style}`))
    const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.replace(/\s+/g, ' ').trim()
      const element = node.parentElement
      if (!text || !element || !element.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
        continue
      const range = document.createRange()
      range.selectNodeContents(node)
      const box = range.getBoundingClientRect()
      // Off the slide (clipped) or not laid out: nobody can see it.
      if (box.width < 0.5 || box.height < 0.5 || box.bottom <= frame.top || box.top >= frame.bottom || box.right <= frame.left || box.left >= frame.right)
        continue
      // Clipped by an ancestor that hides its overflow to under a quarter of its width or height, as
      // screen-reader-only text is (a 1 px box): nobody can read it.
      let clipped = false
      for (let up: Element | null = element; up && up !== slide && !clipped; up = up.parentElement) {
        const { overflowX, overflowY } = getComputedStyle(up)
        if (overflowX === 'visible' && overflowY === 'visible')
          continue
        const clip = up.getBoundingClientRect()
        clipped = Math.min(box.right, clip.right) - Math.max(box.left, clip.left) < box.width / 4
          || Math.min(box.bottom, clip.bottom) - Math.max(box.top, clip.top) < box.height / 4
      }
      if (clipped)
        continue
      const style = getComputedStyle(element)
      const fontSize = Number.parseFloat(style.fontSize)
      const family = style.fontFamily.split(',')[0].replace(/["']/g, '').trim()
      const face = `${family} ${style.fontWeight} ${style.fontStyle}`
      let scale: number
      let kind: 'html' | 'svg'
      if (element instanceof SVGGraphicsElement) {
        const text = element.closest('text') ?? element
        const bbox = (text as SVGGraphicsElement).getBBox()
        scale = bbox.height > 0
          ? text.getBoundingClientRect().height / bbox.height
          : 1
        kind = 'svg'
      }
      else {
        const html = element as HTMLElement
        const layout = html.offsetHeight || html.getBoundingClientRect().height
        scale = layout > 0
          ? html.getBoundingClientRect().height / layout
          : 1
        kind = 'html'
      }
      const px = fontSize * scale
      found.push({
        text: text.length > 60
          ? `${text.slice(0, 57)}…`
          : text,
        full: text,
        px,
        share: px / frame.height,
        kind,
        face,
        faceShipped: loaded.has(face),
        diagram: element.closest(canvas) !== null,
      })
    }
    return found
  }, [
    typeof root === 'number'
      ? `.slidev-page-${root}`
      : root,
    DIAGRAM_CANVAS,
  ] as const)
}

/** The texts under their floor (diagram labels under `diagramFloor`, the rest under `floor`), smallest first. */
export function underFloor(texts: TextSize[], floor = TEXT_FLOOR, diagramFloor = DIAGRAM_LABEL_FLOOR): TextSize[] {
  return texts.filter(t => t.share < (t.diagram
    ? diagramFloor
    : floor)).sort((a, b) => a.share - b.share)
}

/**
 * The median size in px of `texts`: each text counted once per character when `perCharacter`, so a
 * paragraph weighs what it holds, else once each.
 */
export function medianPx(texts: TextSize[], perCharacter = true): number {
  const sizes = texts.flatMap(t => Array.from<number>({
    length: perCharacter ? t.full.length : 1,
  }).fill(t.px)).sort((a, b) => a - b)
  return sizes[Math.floor(sizes.length / 2)]!
}
