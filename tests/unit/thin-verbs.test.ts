// @vitest-environment node
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { dirname, join, posix } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '../..')

interface Source { path: string, text: string }

/** Static imports, `import()` and `vi.mock()` specifiers of a TypeScript or Vue file. */
function specifiers(text: string): string[] {
  return [
    ...text.matchAll(/\bfrom\s+'([^']+)'|\bimport\s*\(\s*'([^']+)'|\bimport\s+'([^']+)'|\bvi\.mock\(\s*'([^']+)'/g),
  ].map(m => m[1] ?? m[2] ?? m[3] ?? m[4]!)
}

/**
 * `file → entry` for every import of an entry script (a file directly in `scripts/`): a verb stands on
 * `scripts/lib/` (and the bench's pieces in `scripts/bench/`), and nothing imports a verb.
 */
function entryImports(sources: Source[]): string[] {
  const entries = new Set(sources.map(s => s.path).filter(path => /^scripts\/[^/]+\.ts$/.test(path)))
  return sources.flatMap(({ path, text }) => specifiers(text)
    .filter(spec => spec.startsWith('.'))
    .map(spec => posix.join(dirname(path), spec).replace(/\.ts$/, ''))
    .filter(target => entries.has(`${target}.ts`))
    .map(target => `${path} → ${target}.ts`))
}

const tracked: Source[] = execFileSync('git', [
  'ls-files',
  '--cached',
  '--others',
  '--exclude-standard',
  '*.ts',
  '*.vue',
], { cwd: root, encoding: 'utf8' })
  .split('\n')
  // Not this file: its planted imports below are text, not imports.
  .filter(path => path && path !== 'tests/unit/thin-verbs.test.ts')
  .map(path => ({
    path,
    text: readFileSync(join(root, path), 'utf8'),
  }))

describe('scripts are thin verbs over scripts/lib/', () => {
  it('no file imports an entry script', () => {
    expect(tracked.some(s => s.path === 'scripts/build.ts'), 'the entry scripts are among the files read').toBe(true)
    expect(entryImports(tracked)).toEqual([])
  })

  it('finds a verb importing another, and a test or a library importing a verb', () => {
    const planted: Source[] = [
      ...tracked,
      { path: 'scripts/planted.ts', text: `import { buildSite } from './build'\n` },
      { path: 'scripts/lib/planted.ts', text: `export const load = () => import('../export')\n` },
      { path: 'tests/e2e/planted.spec.ts', text: `import { serve } from '../../scripts/serve.ts'\nimport { serve as ok } from '../../scripts/lib/serve'\n` },
    ]
    expect(entryImports(planted)).toEqual([
      'scripts/planted.ts → scripts/build.ts',
      'scripts/lib/planted.ts → scripts/export.ts',
      'tests/e2e/planted.spec.ts → scripts/serve.ts',
    ])
  })
})
