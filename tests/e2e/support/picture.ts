import type { Page } from '@playwright/test'

/** A diagram's drawing reduced to what a person sees: its frame and, per part, where it is and what it says. */
export interface Picture {
  viewBox: string | null
  parts: { id: string, box: string, text: string, fill: string }[]
}

/**
 * The picture of the diagram `id` on slide `no`, read from the DOM: the SVG's viewBox and, for every
 * node, edge and group, its box in the drawing's own units, its text and its colour. Two drawings
 * with the same picture are the same to the eye, whatever their element ids.
 */
export function readPicture(page: Page, no: number, id: string): Promise<Picture> {
  return page.locator(`.slidev-page-${no} [data-diagram="${id}"] .ms-canvas svg`).first().evaluate((svg: SVGSVGElement) => ({
    viewBox: svg.getAttribute('viewBox'),
    parts: [
      ...svg.querySelectorAll<SVGGraphicsElement>('.ms-item'),
    ].map((el) => {
      const box = el.getBBox()
      const shape = el.matches('path, line, rect')
        ? el
        : el.querySelector('rect, path, polygon, circle')
      return {
        id: el.dataset.id!,
        box: [box.x, box.y, box.width, box.height].map(n => n.toFixed(2)).join(' '),
        text: el.textContent?.trim() ?? '',
        fill: shape
          ? getComputedStyle(shape).fill
          : '',
      }
    }),
  }))
}
