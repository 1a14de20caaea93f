import { readdirSync, readFileSync } from 'node:fs'
import { dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

/**
 * The engine knows nothing of any deck: no file of the addon (its tests included)
 * imports anything outside the addon's folder, so a deck hands it data instead.
 */
const addon = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const SOURCE = new Set(['.ts', '.mts', '.js', '.mjs', '.vue'])

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) {
      return entry.name === 'node_modules'
        ? []
        : sources(path)
    }
    return SOURCE.has(extname(entry.name))
      ? [path]
      : []
  })
}

/** Every module a file names: static and dynamic imports, re-exports, `vi.mock`, `require`. */
function specifiers(code: string): string[] {
  const found: string[] = []
  for (const m of code.matchAll(/\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*['"]([^'"]+)['"]|\b(?:import|require|vi\.mock|vi\.doMock|vi\.importActual)\s*\(\s*['"`]([^'"`]+)['"`]/g))
    found.push(m[1] ?? m[2] ?? m[3])
  return found
}

/** The specifiers of `file` that resolve outside the addon folder. */
function escapes(file: string, code: string): string[] {
  return specifiers(code).filter((spec) => {
    if (isAbsolute(spec) || spec.startsWith('file:') || spec.startsWith('/@fs/'))
      return true
    if (!spec.startsWith('.'))
      return false // a package (vue, mermaid, @slidev/client)
    const target = relative(addon, resolve(dirname(file), spec))
    return target === '..' || target.startsWith(`..${sep}`) || isAbsolute(target)
  })
}

describe('the addon boundary', () => {
  const files = sources(addon)

  it('scans the components, composables, entry, config and tests', () => {
    const names = files.map(f => relative(addon, f).split(sep).join('/'))
    expect(names).toEqual(expect.arrayContaining([
      'components/MermaidSteps.vue',
      'components/MetricCounter.vue',
      'composables/useMermaid.ts',
      'composables/diagramSvg.ts',
      'node/plugin.ts',
      'node/drawDiagrams.ts',
      'node/draw-page.ts',
      'setup/vite-plugins.ts',
      'composables/formatMetric.ts',
      'index.ts',
      'vite.config.ts',
      'test/boundary.test.ts',
    ]))
  })

  it('imports nothing from outside addons/talk-engine (no data/, no deck components or composables)', () => {
    const found = files.flatMap(file => escapes(file, readFileSync(file, 'utf8')).map(spec => `${relative(addon, file)}: ${spec}`))
    expect(found).toEqual([])
  })

  it('catches each way a file could reach out of the folder', () => {
    const file = join(addon, 'components', 'X.vue')
    // Read as if it were a component of the addon; a .txt file, so the real scan skips it.
    const code = readFileSync(join(addon, 'test', 'escaping-imports.txt'), 'utf8')
    expect(escapes(file, code)).toEqual([
      '../../../data/metrics',
      '../../../data/diagrams/types',
      '../../../data/diagrams',
      '../../../data/diagrams/icons.json',
      '../../../styles/index.css',
      '../../../components/SlideKicker.vue',
      '/work/main/data/metrics',
    ])
  })
})
