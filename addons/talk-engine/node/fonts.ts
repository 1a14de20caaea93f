import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'

/** The font diagram labels are drawn in, and what the drawing browser must load to measure them. */
export interface LabelFont {
  /** A CSS font-family list: the deck's `fonts.sans`, as Slidev resolved it. */
  family: string
  /** `@font-face` stylesheets of its first font, resolved from the deck's `@fontsource` package. */
  css: string[]
  /** Why labels may be measured in another font than the slides show. */
  warning?: string
}

const GENERIC = new Set([
  'ui-sans-serif',
  'system-ui',
  'sans-serif',
  '-apple-system',
  'BlinkMacSystemFont',
])
const WEIGHTS = ['400', '600', '700']
/** A stylesheet's `url(…)`, quoted or not; its path is the second group. */
const FONT_URL = /url\((['"]?)([^)'"]+)\1\)/g

/** The font files a `@font-face` stylesheet (`css`, read from `cssFile`) points at, resolved from where it is. */
export function fontFiles(cssFile: string, css: string): string[] {
  return [
    ...css.matchAll(FONT_URL),
  ].map(([, , url]) => resolve(dirname(cssFile), url))
}

/** The stylesheet with each `url(…)` pointing where `to` says its font file is served: the same scan as `fontFiles`. */
export function pointFontUrls(cssFile: string, css: string, to: (file: string) => string): string {
  return css.replace(FONT_URL, (_, _q, url: string) => `url(${to(resolve(dirname(cssFile), url))})`)
}

/**
 * Labels are measured when the diagram is drawn, so the drawing browser must have the font the
 * slides show. The deck names it in its headmatter (`fonts.sans`); its files come from the
 * `@fontsource` (or `@fontsource-variable`) package of that name, as a deck ships fonts offline.
 */
export function labelFont(root: string, sans: string[], webfonts: string[] = []): LabelFont {
  const family = sans.join(', ') || 'ui-sans-serif, system-ui, sans-serif'
  const first = sans[0]?.replace(/^["']|["']$/g, '')
  if (!first || GENERIC.has(first))
    return { family, css: [] }
  const require = createRequire(join(root, 'package.json'))
  const slug = first.toLowerCase().replace(/\s+/g, '-')
  for (const pkg of [`@fontsource/${slug}`, `@fontsource-variable/${slug}`]) {
    let dir: string
    try {
      dir = dirname(require.resolve(`${pkg}/package.json`))
    }
    catch {
      continue
    }
    const weights = WEIGHTS.map(w => join(dir, `${w}.css`)).filter(existsSync)
    const css = weights.length
      ? weights
      : [
          join(dir, 'index.css'),
        ].filter(existsSync)
    if (css.length)
      return { family, css }
  }
  return {
    family,
    css: [],
    warning: webfonts.includes(first)
      ? `diagram labels are measured without "${first}": Slidev loads it from a web font provider, which the drawing browser does not reach. Install @fontsource/${slug} and import it in the deck's styles (or list it in fonts.local).`
      : `diagram labels are measured in "${first}" only if this machine has it installed; install @fontsource/${slug} so every machine measures the same font.`,
  }
}
