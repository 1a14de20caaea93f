import type { DrawnDiagram } from '../logic/svg'
import type { DiagramSpec, IconPack } from '../types'
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { drawnSvgId } from '../logic/svg'
import { fontFiles } from './fonts'

/**
 * Drawings kept between builds (`node_modules/.cache/talk-engine/` of the deck), one file per
 * diagram, named by a hash of everything that can change what is drawn: the diagram's id (its SVG
 * ids), Mermaid source and theme, the engine's drawing code, the Mermaid and ELK that draw it, the
 * label font and its files, and the icons it uses. A build whose diagrams did not change starts no
 * browser; an entry that is unreadable, cut short or for another key is drawn again, never shipped.
 */
/** Where a deck keeps its drawings between builds, from its root (a `cacheDir` option overrides it). */
export const DRAWING_CACHE_DIR = 'node_modules/.cache/talk-engine'

export interface DrawingInputs {
  /** The engine's drawing code: every file the drawing page and its Node side are made of. */
  engine: string
  /** `mermaid@12.3.0 elkjs@0.12.1`, the copies the drawing page bundles (resolved from the engine). */
  libraries: string
  /** The label font's family list, its `@font-face` stylesheets and the font files they point at. */
  font: string
}

const here = dirname(fileURLToPath(import.meta.url))

function sha256(...parts: string[]): string {
  const hash = createHash('sha256')
  for (const part of parts)
    hash.update(part).update('\0')
  return hash.digest('hex')
}

/** Every source file of the engine's drawing: its Node side and the logic the page bundles. */
function engineCode(): string {
  return sha256(...['node', 'logic'].flatMap((folder) => {
    const dir = resolve(here, '..', folder)
    return readdirSync(dir).filter(name => /\.ts$/.test(name)).sort().map(name => `${folder}/${name}\n${readFileSync(join(dir, name), 'utf8')}`)
  }))
}

function version(require: NodeJS.Require, name: string): string {
  return `${name}@${(JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version}`
}

/** What drawings are made with, read now. */
export function drawingInputs(font: { family: string, css: string[] }): DrawingInputs {
  const fromEngine = createRequire(import.meta.url)
  const fromMermaid = createRequire(fromEngine.resolve('mermaid/package.json'))
  return {
    engine: engineCode(),
    libraries: `${version(fromEngine, 'mermaid')} ${version(fromMermaid, 'elkjs')}`,
    font: sha256(font.family, ...font.css.flatMap((file) => {
      const css = readFileSync(file, 'utf8')
      const faces = fontFiles(file, css).map(face => readFileSync(face).toString('base64'))
      return [css, ...faces]
    })),
  }
}

/** The cache key of one diagram's drawing, with the icons it draws. */
export function drawingKey(spec: Pick<DiagramSpec, 'id' | 'code' | 'theme'>, icons: Record<string, IconPack>, inputs: DrawingInputs): string {
  return sha256(spec.id, spec.code, spec.theme ?? 'auto', JSON.stringify(icons), inputs.engine, inputs.libraries, inputs.font)
}

interface Entry { key: string, drawn: DrawnDiagram }

/** Whether `value` is a whole drawing of `spec`: its SVG, drawn under its id, and its graph. */
function isDrawing(value: unknown, spec: Pick<DiagramSpec, 'id'>): value is DrawnDiagram {
  const drawn = value as DrawnDiagram | undefined
  return drawn?.svgId === drawnSvgId(spec.id)
    && typeof drawn.graph === 'object' && drawn.graph !== null && Array.isArray(drawn.graph.nodes)
    && typeof drawn.svg === 'string' && /^<svg[\s\S]*<\/svg>$/.test(drawn.svg.trim())
}

export class DrawingCache {
  constructor(readonly dir: string) {}

  private file(key: string): string {
    return join(this.dir, `${key}.json`)
  }

  /** The drawing stored under `key`, or undefined when there is none or it cannot be trusted. */
  read(key: string, spec: Pick<DiagramSpec, 'id'>): DrawnDiagram | undefined {
    let entry: Entry
    try {
      entry = JSON.parse(readFileSync(this.file(key), 'utf8')) as Entry
    }
    catch {
      return undefined // none yet, or cut short mid-write by a killed build
    }
    return entry?.key === key && isDrawing(entry.drawn, spec)
      ? entry.drawn
      : undefined
  }

  /** Stores a drawing; written beside its place and renamed, so a reader never sees half a file. */
  write(key: string, drawn: DrawnDiagram): void {
    mkdirSync(this.dir, { recursive: true })
    const file = this.file(key)
    const partial = `${file}.${process.pid}.tmp`
    writeFileSync(partial, JSON.stringify({ key, drawn } satisfies Entry))
    renameSync(partial, file)
  }
}
