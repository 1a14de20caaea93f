import type { DrawnDiagram } from '../composables/diagramSvg'
import type { DiagramSpec, IconPack } from '../types'
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { sourceHash } from '../composables/diagramSvg'

/**
 * Drawings kept between builds (`node_modules/.cache/talk-engine/`), one file per diagram, named by
 * a hash of everything that can change what is drawn: the diagram's own source and config, the
 * engine's drawing code, the Mermaid and ELK that draw it, the fonts labels are measured in and the
 * icons. The colour schemes are the engine's code (both are drawn into every entry). A build whose
 * diagrams did not change draws nothing and starts no browser; an entry that is unreadable, cut
 * short or for another key is drawn again and overwritten, never shipped.
 */
export interface DrawingInputs {
  /** The engine's drawing code: every file the drawing page and its Node side are made of. */
  engine: string
  /** `mermaid@12.3.0 elkjs@0.12.1`, the copies the drawing page bundles (resolved from the engine). */
  libraries: string
  /** The `@font-face` stylesheets and the font files they point at. */
  fonts: string
  /** The icon packs Mermaid's `icon:` shapes draw from. */
  icons: string
}

const here = dirname(fileURLToPath(import.meta.url))

function sha256(...parts: string[]): string {
  const hash = createHash('sha256')
  for (const part of parts)
    hash.update(part).update('\0')
  return hash.digest('hex')
}

/** Every source file of the engine's drawing: the Node side and the composables the page bundles. */
function engineCode(): string {
  return sha256(...['node', 'composables'].flatMap((folder) => {
    const dir = resolve(here, '..', folder)
    return readdirSync(dir).filter(name => /\.(?:ts|vue)$/.test(name)).sort().map(name => `${folder}/${name}\n${readFileSync(join(dir, name), 'utf8')}`)
  }), readFileSync(resolve(here, '../types.ts'), 'utf8'))
}

function version(require: NodeJS.Require, name: string): string {
  return `${name}@${(JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version}`
}

/** What the drawings are made with, read now. */
export function drawingInputs(fontCss: string[] = [], iconPacks: Record<string, IconPack> = {}): DrawingInputs {
  const fromEngine = createRequire(import.meta.url)
  const fromMermaid = createRequire(fromEngine.resolve('mermaid/package.json'))
  return {
    engine: engineCode(),
    libraries: `${version(fromEngine, 'mermaid')} ${version(fromMermaid, 'elkjs')}`,
    fonts: sha256(...fontCss.flatMap((file) => {
      const css = readFileSync(file, 'utf8')
      const faces = [
        ...css.matchAll(/url\((['"]?)([^)'"]+)\1\)/g),
      ].map(([, , url]) => readFileSync(resolve(dirname(file), url)).toString('base64'))
      return [css, ...faces]
    })),
    icons: sha256(JSON.stringify(iconPacks)),
  }
}

/** The cache key of one diagram's drawing. */
export function drawingKey(id: string, spec: DiagramSpec, inputs: DrawingInputs): string {
  return sha256(id, JSON.stringify({ code: spec.code, config: spec.config ?? null }), inputs.engine, inputs.libraries, inputs.fonts, inputs.icons)
}

interface Entry { key: string, drawn: DrawnDiagram }

/** Whether `value` is a whole drawing of `spec`: both schemes' SVGs, its graph, drawn from this source. */
function isDrawing(value: unknown, spec: DiagramSpec): value is DrawnDiagram {
  const drawn = value as DrawnDiagram | undefined
  return typeof drawn?.svgId === 'string'
    && typeof drawn.graph === 'object' && drawn.graph !== null
    && drawn.code === sourceHash(spec)
    && (['light', 'dark'] as const).every(theme => typeof drawn.svg?.[theme] === 'string' && /^<svg[\s\S]*<\/svg>$/.test(drawn.svg[theme].trim()))
}

export class DrawingCache {
  constructor(readonly dir: string) {}

  private file(key: string): string {
    return join(this.dir, `${key}.json`)
  }

  /** The drawing stored under `key`, or undefined when there is none or it cannot be trusted. */
  read(key: string, spec: DiagramSpec): DrawnDiagram | undefined {
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
