import type { Plugin, ViteDevServer } from 'vite'
import type { DiagramBlock } from '../logic/blocks'
import type { DiagramModule, DrawnDiagram } from '../logic/svg'
import type { DiagramProblem, IconPack } from '../types'
import type { FoundBrowser } from './browser'
import type { ParsedSlide } from './diagrams'
import type { DrawFailure } from './draw'
import type { LabelFont } from './fonts'
import { resolve } from 'node:path'
import process from 'node:process'
import { defu } from 'defu'
import { DiagramError, formatProblem, mermaidProblem, placeProblems } from '../logic/problems'
import { validateDiagram } from '../logic/steps'
import { CHROMIUM_ARGS, launchFailure, realProbe, resolveBrowser } from './browser'
import { DRAWING_CACHE_DIR, DrawingCache, drawingInputs, drawingKey } from './cache'
import { deckDiagrams } from './diagrams'
import { drawDiagrams } from './draw'
import { labelFont } from './fonts'
import { diagramIcons, iconPacks, usedIcons } from './icons'

/** The module a slide imports for one diagram: `virtual:talk-engine/diagram/<id>` (see `DiagramModule`). */
export const DIAGRAM_MODULE = 'virtual:talk-engine/diagram/'

/** The engine's options, from the deck's headmatter (`talkEngine:`) or given to `talkEngine()` directly. */
export interface TalkEngineConfig {
  /**
   * The Chromium to draw in: a path, or a function that finds one (and returns nothing where there is
   * none). Default: `CHROMIUM_PATH`, then the usual places (see node/browser.ts).
   */
  browser?: string | (() => string | undefined)
  /** Its command-line flags. Default: no sandbox, no GPU, no background traffic. */
  browserArgs?: string[]
  /** Fail when no browser is found, instead of drawing in the page (which ships Mermaid with the deck). */
  strict?: boolean
  /** Where drawings are kept between builds (default `node_modules/.cache/talk-engine` in the deck); `false` draws every time. */
  cacheDir?: string | false
}

/** What the engine reads of Slidev's resolved options (`defineVitePluginsSetup`'s argument). */
export interface SlidevContext {
  mode: string
  userRoot: string
  data: {
    slides: ParsedSlide[]
    headmatter: Record<string, unknown>
    config: { fonts: { sans: string[], webfonts?: string[] } }
  }
}

/** Drawn, or why not (placed problems), or to be drawn in the page. */
type Picture = { drawing: DrawnDiagram } | { problems: DiagramProblem[] } | { live: true }

/** A block with no drawing yet, waiting for the browser: its drawing key, its icons, and how its picture is told. */
interface Fresh { block: DiagramBlock, key: string, icons: Record<string, IconPack>, settle: (p: Picture) => void }

/**
 * Slides import each diagram as one module, made here from the block written in the slide: its
 * steps, where it is written, and its drawing, made by Mermaid in a headless Chromium once (cached
 * between builds), so a built deck holds no Mermaid or ELK. In dev a module is drawn when a slide
 * first asks for it and again when its block changes. Anything wrong fails `slidev build` and
 * `slidev export` with every problem's file and line; in dev it shows on the slide instead.
 */
export function talkEngine(slidev: SlidevContext, config: TalkEngineConfig = {}): Plugin {
  const root = slidev.userRoot
  const dev = slidev.mode === 'dev'
  const font: LabelFont = labelFont(root, slidev.data.config.fonts.sans, slidev.data.config.fonts.webfonts)
  const cache = config.cacheDir === false
    ? undefined
    : new DrawingCache(config.cacheDir ?? resolve(root, DRAWING_CACHE_DIR))
  let inputs: ReturnType<typeof drawingInputs> | undefined
  /** Pictures by drawing key, so an unchanged diagram is drawn once per process. */
  const pictures = new Map<string, Promise<Picture>>()
  let browser: FoundBrowser | null | undefined
  let server: ViteDevServer | undefined

  const warn = (message: string) => console.warn(`[talk-engine] ${message}`)
  if (font.warning)
    warn(font.warning)

  /** The browser to draw in, found once; `null` when there is none and the page may draw instead. */
  function findBrowser(): FoundBrowser | null {
    if (browser !== undefined)
      return browser
    try {
      const given = typeof config.browser === 'function'
        ? config.browser()
        : config.browser
      if (typeof config.browser === 'function' && !given)
        throw new Error('the browser option found none.')
      browser = given
        ? { path: given, source: 'the talkEngine browser option' }
        : resolveBrowser(realProbe(root))
    }
    catch (error) {
      if (config.strict)
        throw new Error(`[talk-engine] no browser to draw diagrams in (strict): ${(error as Error).message}`)
      warn(`no browser to draw diagrams in, so slides draw them in the page and the deck ships Mermaid: ${(error as Error).message}`)
      browser = null
    }
    return browser
  }

  function diagrams() {
    return deckDiagrams(root, slidev.data.slides)
  }

  /** Draws the blocks that have no drawing yet (one browser for all), each once. */
  function picturesOf(blocks: DiagramBlock[]): Promise<Picture>[] {
    inputs ??= drawingInputs(font)
    const fresh: Fresh[] = []
    const result = blocks.map((block) => {
      const { packs, problems } = diagramIcons(root, block.spec, block.source)
      if (problems.length)
        return Promise.resolve<Picture>({ problems })
      const key = drawingKey(block.spec, packs, inputs!)
      let picture = pictures.get(key)
      if (!picture) {
        const stored = cache?.read(key, block.spec)
        picture = stored
          ? Promise.resolve({ drawing: stored })
          : new Promise<Picture>(settle => fresh.push({ block, key, icons: packs, settle }))
        pictures.set(key, picture)
      }
      return picture
    })
    if (fresh.length)
      void drawFresh(fresh)
    return result
  }

  async function drawFresh(fresh: Fresh[]) {
    let found: ReturnType<typeof findBrowser>
    try {
      found = findBrowser()
    }
    catch (error) {
      fresh.forEach(({ block, settle }) => settle({
        problems: placeProblems([
          { diagram: block.spec.id, message: (error as Error).message },
        ], block.source),
      }))
      return
    }
    if (!found) {
      fresh.forEach(({ settle }) => settle({ live: true }))
      return
    }
    let drawn: Map<string, DrawnDiagram | DrawFailure>
    try {
      drawn = await drawDiagrams(fresh.map(f => f.block.spec), {
        executablePath: found.path,
        args: config.browserArgs ?? CHROMIUM_ARGS,
        font,
        // One pack per prefix holding every icon any of the diagrams drawn together uses.
        icons: defu({}, ...fresh.map(f => f.icons)),
      })
    }
    catch (error) {
      const message = launchFailure(found, error).message
      for (const { block, key, settle } of fresh) {
        pictures.delete(key) // a browser that failed may start next time
        settle({
          problems: placeProblems([
            { diagram: block.spec.id, message },
          ], block.source),
        })
      }
      return
    }
    for (const { block, key, settle } of fresh) {
      const result = drawn.get(block.spec.id)!
      if ('svg' in result) {
        cache?.write(key, result)
        settle({ drawing: result })
      }
      else {
        settle({
          problems: [
            mermaidProblem(block.spec, block.source, result.message.split('\n')[0], result.line),
          ],
        })
      }
    }
  }

  /** The module of one diagram: its picture, and every problem it has. */
  async function diagramModule(block: DiagramBlock, duplicates: DiagramProblem[]): Promise<{ module: DiagramModule, live: boolean }> {
    const problems = [
      ...block.problems,
      ...duplicates.filter(p => p.diagram === block.spec.id),
    ]
    const picture: Picture = problems.length
      ? { problems: [] }
      : await picturesOf([block])[0]
    if ('problems' in picture)
      problems.push(...picture.problems)
    if ('drawing' in picture)
      problems.push(...placeProblems(validateDiagram(block.spec, picture.drawing.graph), block.source))
    return {
      module: {
        spec: block.spec,
        source: block.source,
        drawing: 'drawing' in picture
          ? picture.drawing
          : undefined,
        problems,
      },
      live: 'live' in picture,
    }
  }

  return {
    name: 'talk-engine',
    configureServer(devServer) {
      server = devServer
    },
    async buildStart() {
      if (dev)
        return
      // `slidev build` and `slidev export`: every diagram drawn up front (one browser), and any problem fails here.
      const { diagrams: all, problems } = diagrams()
      await Promise.all(picturesOf([
        ...all.values(),
      ].filter(block => !block.problems.length)))
      const modules = await Promise.all([
        ...all.values(),
      ].map(block => diagramModule(block, problems)))
      // Every problem deckDiagrams finds names a diagram in `all` (a duplicate id is one it holds), so the modules carry them all.
      const found = modules.flatMap(m => m.module.problems)
      if (found.length)
        throw new DiagramError(found)
      const live = modules.filter(m => m.live).length
      if (live)
        warn(`${live} diagram(s) will draw in the page: no browser was found to draw them at build time.`)
    },
    resolveId(id) {
      return id.startsWith(DIAGRAM_MODULE)
        ? `\0${id}`
        : undefined
    },
    async load(id) {
      if (!id.startsWith(`\0${DIAGRAM_MODULE}`))
        return
      const name = id.slice(DIAGRAM_MODULE.length + 1)
      const { diagrams: all, problems } = diagrams()
      const block = all.get(name)
      // Whatever no drawing exists for yet is drawn now, in one browser: the first diagram slide opened in dev draws them all.
      // Not in a build: buildStart, which runs before any module is loaded, has asked for every picture already.
      if (dev) {
        void picturesOf([
          ...all.values(),
        ].filter(b => !b.problems.length))
      }
      if (!block) {
        return `export default ${JSON.stringify({
          spec: { id: name, code: '', steps: [] },
          problems: [
            { diagram: name, message: 'no slide writes this diagram any more' },
          ],
        } satisfies DiagramModule)}`
      }
      const { module, live } = await diagramModule(block, problems)
      if (!dev && module.problems.length)
        throw new DiagramError(module.problems)
      if (dev) {
        for (const problem of module.problems)
          server?.config.logger.error(`[talk-engine] ${formatProblem(problem)}`, { timestamp: true })
      }
      const lines = [`export default ${JSON.stringify(module)}`]
      if (live) {
        const { packs } = iconPacks(root, usedIcons(block.spec.code))
        lines.push(
          `export const live = ${JSON.stringify({ font: font.family, icons: packs })}`,
          `export const draw = () => import('slidev-addon-talk-engine/mermaid')`,
        )
      }
      return `${lines.join('\n')}\n`
    },
    handleHotUpdate({ file, server }) {
      if (!file.endsWith('.md'))
        return
      // A slide's block changed: its module is made again (and drawn again only if its drawing inputs changed).
      for (const module of server.moduleGraph.idToModuleMap.values()) {
        if (module.id?.startsWith(`\0${DIAGRAM_MODULE}`))
          server.moduleGraph.invalidateModule(module, new Set(), Date.now(), true)
      }
    },
  }
}

/**
 * The engine's options from a deck's headmatter (`talkEngine: { strict: true }`), and from the
 * environment, which a script or test sets for one run: `TALK_ENGINE_STRICT=1`, and
 * `TALK_ENGINE_CACHE` (a folder, or `off` to draw everything again).
 */
export function headmatterConfig(headmatter: Record<string, unknown>, env: NodeJS.ProcessEnv = process.env): TalkEngineConfig {
  const given = (headmatter.talkEngine ?? {}) as Record<string, unknown>
  const cache = env.TALK_ENGINE_CACHE
  return {
    browser: typeof given.browser === 'string'
      ? given.browser
      : undefined,
    strict: given.strict === true || env.TALK_ENGINE_STRICT === '1',
    cacheDir: given.cache === false || cache === 'off'
      ? false
      : cache || undefined,
  }
}
