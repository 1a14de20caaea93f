import type { Page } from '@playwright/test'
import type { DeckSlide } from '../../../scripts/lib/deck'
import { loadDeck } from '../../../scripts/lib/deck'
import { countClicks, expect, openSlide, position, waitForSlide } from './deck'

/**
 * Shared helpers for the "never breaks on stage" specs (tests/e2e/qa-*.spec.ts):
 * visit every click state of a slide, still, and audit contrast and layout inside the page.
 * Waiting and click counting are the deck's one `waitForSlide` and one `countClicks`.
 */

let slides: Promise<DeckSlide[]> | undefined
export function deckSlides(): Promise<DeckSlide[]> {
  slides ??= loadDeck()
  return slides
}

/** The slide element of slide `no`. */
export const pageSelector = (no: number) => `.slidev-page-${no}`

/**
 * Visits every click state of slide `no`, last first: `countClicks` leaves the page at
 * the last click (a link to `/N?clicks=999`, clamped by Slidev), then ArrowLeft steps back,
 * waiting for stillness at each state. One page load per slide keeps the suite bounded.
 */
export async function eachState(page: Page, no: number, visit: (clicks: number) => Promise<void>): Promise<number> {
  const total = await countClicks(page, no)
  for (let clicks = total; clicks >= 0; clicks--) {
    if (clicks !== total) {
      await page.keyboard.press('ArrowLeft')
      await expect.poll(() => position(page), { message: `ArrowLeft on slide ${no} should show click ${clicks}` }).toEqual({ no, clicks })
    }
    await waitForSlide(page, no, { still: true })
    await visit(clicks)
  }
  return total
}

/** Opens slide `no` at `clicks` by URL, as a presenter's link does, and waits until it is still. */
export async function openState(page: Page, no: number, clicks = 0): Promise<void> {
  await openSlide(page, no, clicks || undefined, '/', { still: true })
}

export interface ContrastIssue {
  text: string
  where: string
  fg: string
  bg: string
  ratio: number
  required: number
  fontSize: number
  fontWeight: number
  /** The background includes a gradient or image; the rendered pixels behind the text were measured. */
  gradient: boolean
}

/** Text over a gradient whose worst colour fails: measured again from pixels (see `auditContrast`). */
interface ContrastSample extends ContrastIssue {
  sample: number
  fgRaw: [number, number, number, number]
  fade: number
}

export interface ContrastAudit {
  measured: number
  issues: ContrastIssue[]
  samples?: ContrastSample[]
  /** The text closest to failing (lowest ratio over its requirement), to show the margin. */
  lowest?: ContrastIssue
}

/**
 * WCAG 2.x contrast of every visible text element in the slide against what is
 * painted behind it. axe leaves these "incomplete" inside Slidev's scaled slide,
 * so we compute it: colours are resolved by a canvas (any CSS colour space),
 * translucent layers are composited, and opacity fades the text toward its
 * background. Where a gradient or image lies behind text and its worst colour
 * would fail, the real pixels decide: the text is made transparent, its box is
 * screenshot, and 90% of the pixels behind it must meet the ratio (a 1px
 * decorative grid line under a word does not fail it; a dark half of a gradient does).
 */
export async function auditContrast(page: Page, no: number): Promise<ContrastAudit> {
  const audit = await measureContrast(page, no)
  for (const sample of audit.samples ?? []) {
    const target = page.locator(`[data-qa-sample="${sample.sample}"]`)
    await target.evaluate(el => (el as HTMLElement).style.setProperty('color', 'transparent', 'important'))
    const box = await target.boundingBox()
    const png = box && box.width >= 1 && box.height >= 1 ? await page.screenshot({ clip: box, animations: 'disabled' }) : undefined
    await target.evaluate((el) => {
      (el as HTMLElement).style.removeProperty('color')
      el.removeAttribute('data-qa-sample')
    })
    if (!png)
      continue
    const measured = await page.evaluate(async ({ b64, fg, fade }) => {
      const img = new Image()
      img.src = `data:image/png;base64,${b64}`
      await img.decode()
      const canvas = document.createElement('canvas')
      canvas.width = img.width
      canvas.height = img.height
      const ctx = canvas.getContext('2d', { willReadFrequently: true })!
      ctx.drawImage(img, 0, 0)
      const data = ctx.getImageData(0, 0, img.width, img.height).data
      const lin = (c: number) => (c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
      const lum = (r: number, g: number, b: number) => 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
      const a = fg[3] * fade
      const ratios: { ratio: number, bg: string }[] = []
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = [data[i], data[i + 1], data[i + 2]]
        const f = [fg[0] * a + r * (1 - a), fg[1] * a + g * (1 - a), fg[2] * a + b * (1 - a)]
        const [hi, lo] = [lum(f[0], f[1], f[2]), lum(r, g, b)].sort((x, y) => y - x)
        ratios.push({ ratio: (hi + 0.05) / (lo + 0.05), bg: `#${[r, g, b].map(v => v.toString(16).padStart(2, '0')).join('')}` })
      }
      ratios.sort((x, y) => x.ratio - y.ratio)
      return ratios[Math.floor(ratios.length * 0.1)]
    }, { b64: png.toString('base64'), fg: sample.fgRaw, fade: sample.fade })
    const { sample: _index, fgRaw: _fg, fade: _fade, ...issue } = sample
    const result = { ...issue, ratio: Math.round(measured.ratio * 100) / 100, bg: measured.bg }
    if (measured.ratio + 0.005 < sample.required)
      audit.issues.push(result)
    if (!audit.lowest || result.ratio / result.required < audit.lowest.ratio / audit.lowest.required)
      audit.lowest = result
  }
  delete audit.samples
  return audit
}

function measureContrast(page: Page, no: number): Promise<ContrastAudit> {
  return page.evaluate((selector) => {
    type RGBA = [number, number, number, number]
    const root = document.querySelector(selector)!
    const canvas = document.createElement('canvas')
    canvas.width = canvas.height = 1
    const ctx = canvas.getContext('2d', { willReadFrequently: true })!
    const cache = new Map<string, RGBA>()
    const rgba = (css: string): RGBA => {
      let hit = cache.get(css)
      if (!hit) {
        ctx.clearRect(0, 0, 1, 1)
        ctx.fillStyle = '#000'
        ctx.fillStyle = css
        ctx.fillRect(0, 0, 1, 1)
        const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data
        hit = [r, g, b, a / 255]
        cache.set(css, hit)
      }
      return hit
    }
    const over = (top: RGBA, below: RGBA): RGBA => {
      const a = top[3]
      return [top[0] * a + below[0] * (1 - a), top[1] * a + below[1] * (1 - a), top[2] * a + below[2] * (1 - a), 1]
    }
    const luminance = ([r, g, b]: RGBA) => {
      const lin = (c: number) => (c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
    }
    const ratio = (a: RGBA, b: RGBA) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
      return (hi + 0.05) / (lo + 0.05)
    }
    const hex = (c: RGBA) => `#${c.slice(0, 3).map(v => Math.round(v).toString(16).padStart(2, '0')).join('')}`
    const opacityOf = (el: Element) => {
      let o = 1
      for (let n: Element | null = el; n; n = n.parentElement)
        o *= Number(getComputedStyle(n).opacity)
      return o
    }
    const stops = (image: string) => image.match(/(?:rgba?|color|oklch|oklab|lab|lch|hsla?)\([^()]*(?:\([^()]*\)[^()]*)*\)|#[0-9a-f]{3,8}\b|\btransparent\b/gi) ?? []
    const shapes = 'rect, path, polygon, circle, ellipse'
    const describe = (el: Element) => {
      const parts: string[] = []
      for (let n: Element | null = el; n && n !== root && parts.length < 3; n = n.parentElement)
        parts.unshift(n.tagName.toLowerCase() + [...n.classList].slice(0, 2).map(c => `.${c}`).join(''))
      return parts.join(' > ')
    }

    /** Layers behind `el`, nearest first: each a list of candidate colours (more than one for a gradient). */
    const backgrounds = (el: Element, x: number, y: number): { layers: RGBA[][], gradient: boolean } => {
      const found: { owner: Element, colours: RGBA[] }[] = []
      let gradient = false
      const seen = new Set<Element>()
      let sibling = false
      const add = (n: Element) => {
        if (seen.has(n))
          return
        seen.add(n)
        // A positioned element behind the text paints above the background of the ancestor it shares with the text.
        const layers = {
          push: (colours: RGBA[]) => {
            const at = sibling ? found.findIndex(l => l.owner !== n && l.owner.contains(n)) : -1
            if (at < 0)
              found.push({ owner: n, colours })
            else
              found.splice(at, 0, { owner: n, colours })
          },
        }
        const style = getComputedStyle(n)
        const fade = Number(style.opacity)
        if (n instanceof SVGElement && n.matches(shapes)) {
          if (style.fill && style.fill !== 'none' && !style.fill.startsWith('url')) {
            const c = rgba(style.fill)
            layers.push([[c[0], c[1], c[2], c[3] * Number(style.fillOpacity) * fade]])
          }
          return
        }
        if (style.backgroundImage !== 'none') {
          const colours = stops(style.backgroundImage).map(rgba).map((c): RGBA => [c[0], c[1], c[2], c[3] * fade])
          if (colours.length) {
            gradient = true
            layers.push(colours)
          }
        }
        const bg = rgba(style.backgroundColor)
        if (bg[3] > 0)
          layers.push([[bg[0], bg[1], bg[2], bg[3] * fade]])
      }
      for (let n: Element | null = el; n; n = n.parentElement) {
        add(n)
        // Inside an SVG the box behind a label is a sibling shape, not an ancestor.
        if (n instanceof SVGGElement) {
          for (const shape of n.querySelectorAll(`:scope > ${shapes}`)) {
            const box = shape.getBoundingClientRect()
            if (x >= box.left && x <= box.right && y >= box.top && y <= box.bottom)
              add(shape)
          }
        }
      }
      // Positioned elements painted behind the text that are not its ancestors (a cover's mesh).
      sibling = true
      for (const n of [...document.elementsFromPoint(x, y)].reverse()) {
        if (n !== el && !n.contains(el) && !el.contains(n) && root.contains(n) && !n.matches(shapes))
          add(n)
      }
      return { layers: found.map(l => l.colours), gradient }
    }

    const texts: Element[] = []
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement
      if (parent && node.textContent?.trim() && !texts.includes(parent))
        texts.push(parent)
    }
    const issues: ContrastIssue[] = []
    const samples: ContrastSample[] = []
    let lowest: ContrastIssue | undefined
    let measured = 0
    for (const el of texts) {
      const style = getComputedStyle(el)
      const box = el.getBoundingClientRect()
      const fade = opacityOf(el)
      if (style.visibility !== 'visible' || box.width < 2 || box.height < 2 || fade < 0.05 || el.closest('title, desc, style, script, .metric-sr'))
        continue
      const isSvgText = el instanceof SVGElement
      const fgRaw = rgba(isSvgText ? style.fill : style.color)
      if (fgRaw[3] === 0)
        continue
      const x = box.left + box.width / 2
      const y = box.top + box.height / 2
      const { layers, gradient } = backgrounds(el, x, y)
      // The canvas is white under everything; composite the far layers first.
      let bgs: RGBA[] = [[255, 255, 255, 1]]
      for (const layer of [...layers].reverse())
        bgs = bgs.flatMap(below => layer.map(colour => over(colour, below)))
      let worst = { ratio: Infinity, fg: fgRaw, bg: bgs[0] }
      for (const bg of bgs) {
        const fg = over([fgRaw[0], fgRaw[1], fgRaw[2], fgRaw[3] * fade], bg)
        const r = ratio(fg, bg)
        if (r < worst.ratio)
          worst = { ratio: r, fg, bg }
      }
      measured++
      const size = Number.parseFloat(style.fontSize)
      const weight = Number(style.fontWeight) || 400
      const large = size >= 24 || (size >= 18.66 && weight >= 700)
      const required = large ? 3 : 4.5
      const found = {
          text: (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60),
          where: describe(el),
          fg: hex(worst.fg),
          bg: hex(worst.bg),
          ratio: Math.round(worst.ratio * 100) / 100,
          required,
          fontSize: size,
          fontWeight: weight,
          gradient,
      }
      if (worst.ratio + 0.005 < required && gradient) {
        el.setAttribute('data-qa-sample', String(samples.length))
        samples.push({ ...found, sample: samples.length, fgRaw, fade })
        continue
      }
      if (worst.ratio + 0.005 < required)
        issues.push(found)
      if (!lowest || found.ratio / found.required < lowest.ratio / lowest.required)
        lowest = found
    }
    return { measured, issues, lowest, samples }
  }, pageSelector(no))
}

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
    const all = [...root.querySelectorAll('*')].filter(el => !el.closest('svg title, svg desc, style, script') && shown(el))

    // Overflow: report the outermost element outside the slide.
    const outside = new Set<Element>()
    for (const el of all) {
      if (el instanceof SVGElement && el.tagName.toLowerCase() !== 'svg')
        continue
      const b = el.getBoundingClientRect()
      if (b.left < slide.left - TOL || b.top < slide.top - TOL || b.right > slide.right + TOL || b.bottom > slide.bottom + TOL) {
        outside.add(el)
        if (!(el.parentElement && outside.has(el.parentElement)))
          issues.push({ kind: 'overflow', what: describe(el), detail: `${r(b)} leaves the slide [0,0 ${Math.round(slide.width)}×${Math.round(slide.height)}]` })
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
      if ((cutX || cutY) && el.clientWidth > 2 && el.clientHeight > 2)
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
        if (rect.width > 1 && rect.height > 1)
          blocks.push({ el, owner: node, rect: new DOMRect(rect.x, rect.y + lead, rect.width, rect.height - 2 * lead), label: `"${node.textContent.trim().slice(0, 40)}" (${describe(el)})` })
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
    // Media and icons are blocks of their own; a diagram is one block.
    for (const el of all) {
      const tag = el.tagName.toLowerCase()
      const icon = [...el.classList].some(c => /^i-[\w-]+$/.test(c))
      if ((tag === 'svg' && !el.parentElement?.closest('svg')) || tag === 'img' || tag === 'canvas' || tag === 'video' || icon)
        blocks.push({ el, owner: el, rect: el.getBoundingClientRect(), label: `${tag}${icon ? `.${[...el.classList].find(c => c.startsWith('i-'))}` : ''} (${describe(el)})` })
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
