import type { DiagramGraph, DiagramTheme, DrawnDiagram } from '../composables/diagramSvg'
import type { DiagramSpec, IconPack } from '../types'
import type { DrawPage } from './draw-page'
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-chromium'
import { build } from 'vite'
import { drawnSvgId, sourceHash } from '../composables/diagramSvg'

/** Why a diagram could not be drawn, with the 1-based Mermaid line when Mermaid names one. */
export class DrawError extends Error {
  constructor(readonly diagram: string, message: string, readonly line: number | undefined) {
    super(message)
    this.name = 'DrawError'
  }
}

export interface DrawOptions {
  /** The Chromium to draw in (the one the deck exports with). */
  executablePath: string
  /** Its command-line flags (`--no-sandbox` where it runs as root). */
  args?: string[]
  /** The error for a browser that does not start; by default Playwright's, with the path added. */
  launchError?: (error: unknown) => Error
  /** CSS files with the deck's `@font-face` rules (`@fontsource/inter/400.css`), resolved paths: Mermaid measures labels in the deck's font. */
  fontCss?: string[]
  /** Icon packs for Mermaid's `icon:` shapes, by prefix. */
  iconPacks?: Record<string, IconPack>
}

const THEMES: DiagramTheme[] = ['light', 'dark']

const here = dirname(fileURLToPath(import.meta.url))

let script: Promise<string> | undefined

/**
 * The drawing page's script: draw-page.ts and Mermaid, bundled by Vite from the deck's own
 * node_modules (the Mermaid and ELK a live slide would load), once per process.
 */
function pageScript(): Promise<string> {
  script ??= bundlePage()
  return script
}

async function bundlePage(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    root: here,
    build: {
      write: false,
      minify: false,
      lib: {
        entry: resolve(here, 'draw-page.ts'),
        formats: ['iife'],
        name: 'talkEngineDrawPage',
      },
    },
  })
  const [result] = Array.isArray(output)
    ? output
    : [output]
  if (!('output' in result))
    throw new Error('talk-engine: the diagram drawing page did not bundle')
  return result.output.map(chunk => chunk.type === 'chunk'
    ? chunk.code
    : '').join('\n')
}

const ORIGIN = 'http://talk-engine.invalid'

/** The fonts' CSS, with each `url(…)` pointing at its file through the page's own origin. */
function fontFaces(files: string[]): string {
  return files.map(file => readFileSync(file, 'utf8').replace(/url\((['"]?)([^)'"]+)\1\)/g, (_, _q, url: string) =>
    `url(${ORIGIN}/fs${encodeURI(resolve(dirname(file), url))})`)).join('\n')
}

/**
 * Draws every diagram in both colour schemes in one headless Chromium, with the code the
 * browser runs live (draw-page.ts), and returns the SVGs. Throws a `DrawError` for the first
 * diagram Mermaid cannot draw.
 */
export async function drawDiagrams(diagrams: Record<string, DiagramSpec>, options: DrawOptions): Promise<Record<string, DrawnDiagram>> {
  const code = await pageScript()
  const browser = await chromium.launch({
    executablePath: options.executablePath,
    args: options.args,
  }).catch((error: unknown) => {
    throw options.launchError?.(error) ?? new Error(`talk-engine: the Chromium at ${options.executablePath} did not start to draw the diagrams: ${(error as Error).message}`, { cause: error })
  })
  try {
    const html = `<!doctype html><html><head><meta charset="utf-8"><style>${fontFaces(options.fontCss ?? [])}</style></head><body></body></html>`
    const page = await browser.newPage()
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url())
      if (url.origin !== ORIGIN)
        return route.abort()
      if (url.pathname.startsWith('/fs/')) {
        return route.fulfill({
          path: decodeURI(url.pathname.slice(3)),
        })
      }
      return route.fulfill({
        contentType: 'text/html',
        body: html,
      })
    })
    await page.goto(`${ORIGIN}/`)
    await page.addScriptTag({ content: code })
    if (options.iconPacks)
      await page.evaluate(packs => (globalThis as unknown as { talkEngine: DrawPage }).talkEngine.icons(packs), options.iconPacks)
    const drawn: Record<string, DrawnDiagram> = {}
    for (const [id, spec] of Object.entries(diagrams)) {
      const svgId = drawnSvgId(id)
      const svg = {} as Record<DiagramTheme, string>
      let graph: DiagramGraph | undefined
      for (const theme of THEMES) {
        const result = await page.evaluate(
          ([source, svgId, theme]) => (globalThis as unknown as { talkEngine: DrawPage }).talkEngine.draw(source, svgId, theme),
          [
            { code: spec.code, config: spec.config },
            svgId,
            theme,
          ] as const,
        )
        if (result.error)
          throw new DrawError(id, result.error.message, result.error.line)
        svg[theme] = result.drawn!.svg
        graph = result.drawn!.graph
      }
      drawn[id] = {
        graph: graph!,
        svgId,
        svg,
        code: sourceHash(spec),
      }
    }
    return drawn
  }
  finally {
    await browser.close()
  }
}
