import type { Page } from '@playwright/test'
import { pageSelector } from './navigation'

/** WCAG contrast of every visible text, computed in the page (axe leaves it incomplete inside Slidev's scaled slide). */

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
export async function auditContrast(page: Page, root: number | string): Promise<ContrastAudit> {
  const audit = await measureContrast(page, typeof root === 'number'
    ? pageSelector(root)
    : root)
  for (const sample of audit.samples ?? []) {
    const target = page.locator(`[data-qa-sample="${sample.sample}"]`)
    await target.evaluate(el => (el as HTMLElement).style.setProperty('color', 'transparent', 'important'))
    const box = await target.boundingBox()
    const png = box && box.width >= 1 && box.height >= 1
      ? await page.screenshot({ clip: box, animations: 'disabled' })
      : undefined
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
      const lin = (c: number) => c / 255 <= 0.03928
        ? c / 255 / 12.92
        : ((c / 255 + 0.055) / 1.055) ** 2.4
      const lum = (r: number, g: number, b: number) => 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
      const a = fg[3] * fade
      const ratios: { ratio: number, bg: string }[] = []
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = [data[i], data[i + 1], data[i + 2]]
        const f = [fg[0] * a + r * (1 - a), fg[1] * a + g * (1 - a), fg[2] * a + b * (1 - a)]
        const [hi, lo] = [
          lum(f[0], f[1], f[2]),
          lum(r, g, b),
        ].sort((x, y) => y - x)
        ratios.push({ ratio: (hi + 0.05) / (lo + 0.05), bg: `#${[r, g, b].map(v => v.toString(16).padStart(2, '0')).join('')}` })
      }
      ratios.sort((x, y) => x.ratio - y.ratio)
      return ratios[Math.floor(ratios.length * 0.1)]
    }, {
      b64: png.toString('base64'),
      fg: sample.fgRaw,
      fade: sample.fade,
    })
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

/** `root` selects what to audit: a slide (`pageSelector`) or a section of the reading view; it must be on screen. */
function measureContrast(page: Page, root: string): Promise<ContrastAudit> {
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
      return [
        top[0] * a + below[0] * (1 - a),
        top[1] * a + below[1] * (1 - a),
        top[2] * a + below[2] * (1 - a),
        1,
      ]
    }
    const luminance = ([r, g, b]: RGBA) => {
      const lin = (c: number) => c / 255 <= 0.03928
        ? c / 255 / 12.92
        : ((c / 255 + 0.055) / 1.055) ** 2.4
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
    }
    const ratio = (a: RGBA, b: RGBA) => {
      const [hi, lo] = [
        luminance(a),
        luminance(b),
      ].sort((x, y) => y - x)
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
            const at = sibling
              ? found.findIndex(l => l.owner !== n && l.owner.contains(n))
              : -1
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
            layers.push([
              [
                c[0],
                c[1],
                c[2],
                c[3] * Number(style.fillOpacity) * fade,
              ],
            ])
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
        if (bg[3] > 0) {
          layers.push([
            [bg[0], bg[1], bg[2], bg[3] * fade],
          ])
        }
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
      for (const n of [
        ...document.elementsFromPoint(x, y),
      ].reverse()) {
        if (n !== el && !n.contains(el) && !el.contains(n) && root.contains(n) && !n.matches(shapes))
          add(n)
      }
      return {
        layers: found.map(l => l.colours),
        gradient,
      }
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
      let bgs: RGBA[] = [
        [255, 255, 255, 1],
      ]
      for (const layer of [...layers].reverse())
        bgs = bgs.flatMap(below => layer.map(colour => over(colour, below)))
      let worst = { ratio: Infinity, fg: fgRaw, bg: bgs[0] }
      for (const bg of bgs) {
        const fg = over([
          fgRaw[0],
          fgRaw[1],
          fgRaw[2],
          fgRaw[3] * fade,
        ], bg)
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
        samples.push({
          ...found,
          sample: samples.length,
          fgRaw,
          fade,
        })
        continue
      }
      if (worst.ratio + 0.005 < required)
        issues.push(found)
      if (!lowest || found.ratio / found.required < lowest.ratio / lowest.required)
        lowest = found
    }
    return { measured, issues, lowest, samples }
  }, root)
}
