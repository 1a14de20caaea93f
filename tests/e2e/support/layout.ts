import type { Page } from '@playwright/test'
import { pageSelector } from './navigation'

export interface LayoutIssue {
  kind: 'overflow' | 'clipped' | 'spill' | 'overlap' | 'icon'
  what: string
  detail: string
}

/**
 * Layout faults a viewer would see, in the slide's own box:
 *  - overflow: a visible element reaches outside the slide;
 *  - clipped: a box with hidden overflow cuts its content off;
 *  - spill: text runs out of the card (nearest box with a background or border) that holds it;
 *  - overlap: two content blocks cover each other. Blocks are text lines (per
 *    line box, so wrapped paragraphs do not count as rectangles, trimmed of the
 *    font's internal leading, which is empty space), images, icons and
 *    diagrams; a diagram's own labels belong to the diagram;
 *  - icon: an icon class (`i-logos-go`) that drew nothing, because UnoCSS never
 *    generated it (a class built from data is invisible to its scanner).
 */
export function auditLayout(page: Page, no: number): Promise<LayoutIssue[]> {
  return page.evaluate((selector) => {
    const root = document.querySelector(selector)!
    const slide = root.getBoundingClientRect()
    const issues: LayoutIssue[] = []
    const TOL = 1.5
    const describe = (el: Element) => {
      const parts: string[] = []
      for (let n: Element | null = el; n && n !== root && parts.length < 3; n = n.parentElement)
        parts.unshift(n.tagName.toLowerCase() + [...n.classList].slice(0, 2).map(c => `.${c}`).join(''))
      return parts.join(' > ')
    }
    const r = (b: DOMRect) => `[${Math.round(b.left - slide.left)},${Math.round(b.top - slide.top)} ${Math.round(b.width)}×${Math.round(b.height)}]`
    const shown = (el: Element) => {
      for (let n: Element | null = el; n && n !== root.parentElement; n = n.parentElement) {
        const s = getComputedStyle(n)
        if (s.display === 'none' || Number(s.opacity) < 0.05)
          return false
      }
      const s = getComputedStyle(el)
      const b = el.getBoundingClientRect()
      // Screen-reader-only text is 1px and clipped on purpose.
      return s.visibility === 'visible' && b.width > 1 && b.height > 1 && s.clipPath !== 'inset(50%)'
    }
    const all = [
      ...root.querySelectorAll('*'),
    ].filter(el => !el.closest('svg title, svg desc, style, script') && shown(el))
    // What a viewer sees of a diagram: its drawing cut by the camera's viewport (the box around a zoomable svg).
    const seen = (el: Element) => {
      let b = el.getBoundingClientRect()
      for (let n = el.parentElement; n && n !== root; n = n.parentElement) {
        if (!n.querySelector(':scope > svg[data-zoom]'))
          continue
        const c = n.getBoundingClientRect()
        const left = Math.max(b.left, c.left)
        const top = Math.max(b.top, c.top)
        b = new DOMRect(left, top, Math.max(0, Math.min(b.right, c.right) - left), Math.max(0, Math.min(b.bottom, c.bottom) - top))
      }
      return b
    }

    // Overflow: report the outermost element outside the slide.
    const outside = new Set<Element>()
    for (const el of all) {
      if (el instanceof SVGElement && el.tagName.toLowerCase() !== 'svg')
        continue
      const b = seen(el)
      if (b.left < slide.left - TOL || b.top < slide.top - TOL || b.right > slide.right + TOL || b.bottom > slide.bottom + TOL) {
        outside.add(el)
        if (!(el.parentElement && outside.has(el.parentElement))) {
          issues.push({
            kind: 'overflow',
            what: describe(el),
            detail: `${r(b)} leaves the slide [0,0 ${Math.round(slide.width)}×${Math.round(slide.height)}]`,
          })
        }
      }
    }

    // Clipped: a scroll box or overflow:hidden box whose content is larger than it.
    for (const el of [root, ...all]) {
      if (!(el instanceof HTMLElement))
        continue
      const s = getComputedStyle(el)
      const clips = (o: string) => o !== 'visible'
      const cutX = clips(s.overflowX) && el.scrollWidth > el.clientWidth + 1
      const cutY = clips(s.overflowY) && el.scrollHeight > el.clientHeight + 1
      // A diagram's camera zoomed in cuts the drawing on purpose; at scale 1 (the whole view) nothing may be cut.
      const zoomed = Number((el.querySelector(':scope > svg') as SVGElement | null)?.dataset.zoom ?? 1) > 1
      if ((cutX || cutY) && !zoomed && el.clientWidth > 2 && el.clientHeight > 2)
        issues.push({ kind: 'clipped', what: describe(el) || 'the slide', detail: `content ${el.scrollWidth}×${el.scrollHeight} in a ${el.clientWidth}×${el.clientHeight} box (overflow ${s.overflowX}/${s.overflowY})` })
    }

    // Text lines, per line box.
    interface Block { el: Element, owner: Node, rect: DOMRect, label: string }
    const blocks: Block[] = []
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement
      if (!el || !node.textContent?.trim() || el.closest('svg') || !all.includes(el))
        continue
      const range = document.createRange()
      range.selectNodeContents(node)
      for (const rect of range.getClientRects()) {
        const lead = rect.height * 0.15
        if (rect.width > 1 && rect.height > 1) {
          blocks.push({
            el,
            owner: node,
            rect: new DOMRect(rect.x, rect.y + lead, rect.width, rect.height - 2 * lead),
            label: `"${node.textContent.trim().slice(0, 40)}" (${describe(el)})`,
          })
        }
      }
      // Spill: the line must stay inside the nearest painted box that holds it.
      for (let card: Element | null = el; card && card !== root; card = card.parentElement) {
        const s = getComputedStyle(card)
        const painted = s.backgroundColor !== 'rgba(0, 0, 0, 0)' || Number.parseFloat(s.borderTopWidth) > 0 || Number.parseFloat(s.borderLeftWidth) > 0
        if (!painted)
          continue
        const box = card.getBoundingClientRect()
        for (const rect of range.getClientRects()) {
          if (rect.width > 1 && (rect.left < box.left - TOL || rect.right > box.right + TOL || rect.top < box.top - TOL || rect.bottom > box.bottom + TOL))
            issues.push({ kind: 'spill', what: `"${node.textContent.trim().slice(0, 40)}"`, detail: `line ${r(rect)} runs out of ${describe(card)} ${r(box)}` })
        }
        break
      }
    }
    // Icons draw through a mask or background image; without one the class matched no rule.
    for (const el of root.querySelectorAll('[class*="i-"]')) {
      const name = [...el.classList].find(c => /^i-[\w-]+$/.test(c))
      if (!name || !all.includes(el.parentElement ?? el))
        continue
      const s = getComputedStyle(el)
      const drawn = [s.maskImage, s.webkitMaskImage, s.backgroundImage].some(v => v && v !== 'none')
      if (!drawn)
        issues.push({ kind: 'icon', what: `${name} (${describe(el)})`, detail: 'draws nothing: no CSS was generated for this icon class' })
    }
    // A hidden drawing under the whole slide (the cover's mesh) is its background, not a block.
    const backdrop = (el: Element) => {
      const b = el.getBoundingClientRect()
      return el.getAttribute('aria-hidden') === 'true' && b.width * b.height >= 0.95 * slide.width * slide.height
    }
    // Media and icons are blocks of their own; a diagram is one block.
    for (const el of all) {
      const tag = el.tagName.toLowerCase()
      const icon = [...el.classList].some(c => /^i-[\w-]+$/.test(c))
      if (((tag === 'svg' && !el.parentElement?.closest('svg')) || tag === 'img' || tag === 'canvas' || tag === 'video' || icon) && !backdrop(el)) {
        blocks.push({
          el,
          owner: el,
          rect: seen(el),
          label: `${tag}${icon
            ? `.${[...el.classList].find(c => c.startsWith('i-'))}`
            : ''} (${describe(el)})`,
        })
      }
    }
    // Overlap: more than a fifth of the smaller block covered; lines of one text node never collide.
    for (let i = 0; i < blocks.length; i++) {
      for (let j = i + 1; j < blocks.length; j++) {
        const a = blocks[i]
        const b = blocks[j]
        if (a.owner === b.owner || a.el.contains(b.el) || b.el.contains(a.el))
          continue
        const w = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left)
        const h = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top)
        if (w <= TOL || h <= TOL)
          continue
        const smaller = Math.min(a.rect.width * a.rect.height, b.rect.width * b.rect.height)
        if (w * h > 0.2 * smaller)
          issues.push({ kind: 'overlap', what: `${a.label} and ${b.label}`, detail: `${r(a.rect)} overlaps ${r(b.rect)} by ${Math.round(w)}×${Math.round(h)}` })
      }
    }
    return issues
  }, pageSelector(no))
}

/** Where a slide's content sits: the box around everything drawn in its layout, as shares of the slide's height. */
export interface Balance {
  /** Top to bottom of the content. */
  span: number
  /** The content's middle, from the slide's top. */
  middle: number
}

/** A slide's content that spans less than half its height with its middle in the top 40% leaves a dead band. */
export const unbalanced = ({ span, middle }: Balance) => span < 0.5 && middle < 0.4

/** The vertical extent of what slide `no` draws (its where-we-are line and screen-reader text left out). */
export function contentBalance(page: Page, no: number): Promise<Balance> {
  return page.evaluate((selector) => {
    const root = document.querySelector(`${selector} .slidev-layout`)!
    const slide = document.querySelector(selector)!.getBoundingClientRect()
    let top = Number.POSITIVE_INFINITY
    let bottom = Number.NEGATIVE_INFINITY
    for (const el of root.querySelectorAll('*')) {
      const box = el.getBoundingClientRect()
      const style = getComputedStyle(el)
      if (box.width < 2 || box.height < 2 || style.visibility !== 'visible' || Number(style.opacity) < 0.05 || style.clipPath === 'inset(50%)')
        continue
      top = Math.min(top, box.top)
      bottom = Math.max(bottom, box.bottom)
    }
    return {
      span: (bottom - top) / slide.height,
      middle: ((top + bottom) / 2 - slide.top) / slide.height,
    }
  }, pageSelector(no))
}
