import type { DrawnDiagram } from '../logic/svg'
import type { DiagramSpec, IconPack } from '../types'
import type { DrawPage } from './draw-page'
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { build } from 'vite'
import { drawnSvgId } from '../logic/svg'
import { pointFontUrls } from './fonts'

/** A diagram Mermaid could not draw: its message, and the 1-based Mermaid line when it names one. */
export interface DrawFailure { message: string, line?: number }

export interface DrawOptions {
  /** The Chromium to draw in. */
  executablePath: string
  /** Its command-line flags (`--no-sandbox` where it runs as root). */
  args?: string[]
  /** The label font: a CSS font-family list, and the `@font-face` stylesheets of its first font. */
  font: { family: string, css: string[] }
  /** Icon packs for Mermaid's `icon:` shapes, by prefix. */
  icons?: Record<string, IconPack>
}

const here = dirname(fileURLToPath(import.meta.url))

let script: Promise<string> | undefined

/**
 * The drawing page's script: draw-page.ts and Mermaid, bundled by Vite (the Mermaid and ELK a page
 * would load where no browser could draw at build time), once per process.
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
  return files.map(file => pointFontUrls(file, readFileSync(file, 'utf8'), path => `${ORIGIN}/fs${encodeURI(path)}`)).join('\n')
}

/**
 * Draws diagrams in one headless Chromium with the code a page would run (draw-page.ts): one SVG
 * each, its colors CSS custom properties. Each diagram comes back drawn or with why it could not be.
 */
export async function drawDiagrams(specs: DiagramSpec[], options: DrawOptions): Promise<Map<string, DrawnDiagram | DrawFailure>> {
  const code = await pageScript()
  const browser = await chromium.launch({ executablePath: options.executablePath, args: options.args })
  try {
    const html = `<!doctype html><html><head><meta charset="utf-8"><style>${fontFaces(options.font.css)}</style></head><body></body></html>`
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
      return route.fulfill({ contentType: 'text/html', body: html })
    })
    await page.goto(`${ORIGIN}/`)
    await page.addScriptTag({ content: code })
    if (options.icons && Object.keys(options.icons).length)
      await page.evaluate(packs => (globalThis as unknown as { talkEngine: DrawPage }).talkEngine.icons(packs), options.icons)
    const drawn = new Map<string, DrawnDiagram | DrawFailure>()
    for (const spec of specs) {
      const result = await page.evaluate(
        ([source, svgId, font]) => (globalThis as unknown as { talkEngine: DrawPage }).talkEngine.draw(source, svgId, font),
        [
          { code: spec.code, theme: spec.theme },
          drawnSvgId(spec.id),
          options.font.family,
        ] as const,
      )
      drawn.set(spec.id, result.drawn ?? { message: result.error!.message, line: result.error!.line })
    }
    return drawn
  }
  finally {
    await browser.close()
  }
}
