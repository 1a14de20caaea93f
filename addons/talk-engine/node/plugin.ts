import type { ResolvedSlidevOptions } from '@slidev/types'
import type { Plugin } from 'vite'
import type { DrawnDiagram } from '../composables/diagramSvg'
import type { DiagramSpec, IconPack } from '../types'
import { existsSync, readFileSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import { validateDiagram } from '../composables/useDiagramSteps'
import { drawDiagrams, DrawError } from './drawDiagrams'
import { DrawingCache, drawingInputs, drawingKey } from './drawingCache'
import { DRAWING, LIVE_DRAWING } from './live-drawing'

export { liveDrawingPlugin } from './live-drawing'

const DRAWN = 'virtual:talk-engine/drawn/'

export interface DrawingOptions {
  /** Slidev's options, from `defineVitePluginsSetup`: its mode (dev draws live) and slides (named in errors). */
  slidev: Pick<ResolvedSlidevOptions, 'mode' | 'userRoot'> & { data: { slides: { index: number, content: string, source: { filepath: string } }[] } }
  /** The diagrams the deck provides to the engine (`provideTalkEngine`), by id. */
  diagrams: Record<string, DiagramSpec>
  /** Where the deck defines a diagram, relative to the deck root, for errors that point at the line. */
  diagramFile?: (id: string) => string
  /** Icon packs for Mermaid's `icon:` shapes, by prefix. */
  iconPacks?: Record<string, IconPack>
  /** CSS files with the `@font-face` rules of the fonts labels use, resolved: text is measured in them. */
  fontCss?: string[]
  /** The Chromium to draw in; asked only by `slidev build` and `slidev export`. */
  executablePath: () => string
  /** Its command-line flags. */
  browserArgs?: string[]
  /** Where drawings are kept between builds (default `node_modules/.cache/talk-engine` in the deck); `false` draws every time. */
  cacheDir?: string | false
  /** The error for a browser that does not start, saying how to choose another (the deck knows how). */
  launchError?: (error: unknown) => Error
}

/** Where a Mermaid line is in the deck: `data/diagrams/gateway.ts:23 (Mermaid line 5)`. */
export function mermaidLocation(root: string, file: string, mermaidLine: number | undefined): string {
  if (mermaidLine === undefined)
    return file
  const path = resolve(root, file)
  // The source starts on the `code:` line (DiagramSpec asks for the backtick there).
  const start = existsSync(path)
    ? readFileSync(path, 'utf8').split('\n').findIndex(line => /^\s*code:\s*`/.test(line))
    : -1
  return start < 0
    ? `${file} (Mermaid line ${mermaidLine})`
    : `${file}:${start + mermaidLine} (Mermaid line ${mermaidLine})`
}

/** The slides that show a diagram, as errors name them: `slide 12 (pages/gateway.md)`. */
export function slidesShowing(slidev: DrawingOptions['slidev'], id: string): string {
  const tag = new RegExp(`<MermaidSteps\\b[^>]*\\bdiagram=["']${id.replace(/[^\w-]/g, '\\$&')}["']`)
  const slides = slidev.data.slides
    .filter(slide => tag.test(slide.content))
    .map(slide => `slide ${slide.index + 1} (${relative(slidev.userRoot, slide.source.filepath)})`)
  return slides.length
    ? slides.join(', ')
    : 'no slide'
}

/**
 * Draws the deck's diagrams at build time: `slidev build` and `slidev export` draw each one once per
 * colour scheme in Chromium, and slides get the SVGs from `virtual:talk-engine/drawing`, one lazy chunk
 * per diagram, so a built deck holds no Mermaid or ELK code. `slidev` (dev) draws live instead, so an
 * edited diagram shows at once. A diagram that does not draw, or whose steps name what it does not
 * have, fails the build with its file, slide and Mermaid line.
 */
export function talkEngineDrawing(options: DrawingOptions): Plugin {
  const live = options.slidev.mode === 'dev'
  let drawing: Promise<Record<string, DrawnDiagram>> | undefined

  function fail(id: string, message: string, line?: number): never {
    const file = options.diagramFile?.(id) ?? `diagram "${id}"`
    throw new Error(`${mermaidLocation(options.slidev.userRoot, file, line)}: diagram "${id}" on ${slidesShowing(options.slidev, id)} cannot be drawn: ${message}`)
  }

  async function draw(): Promise<Record<string, DrawnDiagram>> {
    const cache = options.cacheDir === false
      ? undefined
      : new DrawingCache(options.cacheDir ?? resolve(options.slidev.userRoot, 'node_modules/.cache/talk-engine'))
    const inputs = cache && drawingInputs(options.fontCss, options.iconPacks)
    const keys = new Map(Object.entries(options.diagrams).map(([id, spec]) => [id, inputs && drawingKey(id, spec, inputs)]))
    const cached: Record<string, DrawnDiagram> = {}
    const missing: Record<string, DiagramSpec> = {}
    for (const [id, spec] of Object.entries(options.diagrams)) {
      const hit = cache?.read(keys.get(id)!, spec)
      if (hit)
        cached[id] = hit
      else
        missing[id] = spec
    }
    let fresh: Record<string, DrawnDiagram> = {}
    // Only what changed is drawn: with nothing missing, no browser starts.
    if (Object.keys(missing).length) {
      try {
        fresh = await drawDiagrams(missing, {
          executablePath: options.executablePath(),
          args: options.browserArgs,
          launchError: options.launchError,
          fontCss: options.fontCss,
          iconPacks: options.iconPacks,
        })
      }
      catch (error) {
        if (error instanceof DrawError)
          fail(error.diagram, error.message, error.line)
        throw error
      }
    }
    const drawn = Object.fromEntries(Object.keys(options.diagrams).map(id => [id, cached[id] ?? fresh[id]]))
    for (const [id, spec] of Object.entries(options.diagrams)) {
      const problems = validateDiagram(spec, drawn[id].graph)
      if (problems.length)
        fail(id, problems.join('; '))
    }
    for (const [id, picture] of Object.entries(fresh))
      cache?.write(keys.get(id)!, picture)
    return drawn
  }

  return {
    name: 'talk-engine:drawing',
    async buildStart() {
      if (!live)
        await (drawing ??= draw())
    },
    resolveId(id) {
      return id === DRAWING || id.startsWith(DRAWN)
        ? `\0${id}`
        : undefined
    },
    async load(id) {
      if (id === `\0${DRAWING}`) {
        if (live)
          return LIVE_DRAWING
        const ids = Object.keys(await (drawing ??= draw()))
        return `export const drawn = {\n${ids.map(key => `  ${JSON.stringify(key)}: () => import(${JSON.stringify(DRAWN + key)}),`).join('\n')}\n}\nexport const live = undefined\n`
      }
      if (id.startsWith(`\0${DRAWN}`)) {
        const drawn = (await (drawing ??= draw()))[id.slice(DRAWN.length + 1)]
        return `export default ${JSON.stringify(drawn)}`
      }
    },
  }
}
