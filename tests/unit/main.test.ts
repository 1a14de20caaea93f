import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { isMain } from '../../scripts/lib/main'

// A deck cloned into a folder whose path has a space and a non-ASCII letter, as people name folders.
const root = mkdtempSync(join(tmpdir(), 'entry-'))
const deck = join(root, 'my talks', 'déck')
const tsx = resolve('node_modules/.bin/tsx')
mkdirSync(join(deck, 'scripts', 'lib'), { recursive: true })
copyFileSync('scripts/lib/main.ts', join(deck, 'scripts', 'lib', 'main.ts'))
writeFileSync(join(deck, 'scripts', 'hello.ts'), `import { runMain } from './lib/main'\nexport const name = 'hello'\nrunMain(import.meta.url, () => console.log('hello ran'))\n`)
writeFileSync(join(deck, 'scripts', 'uses-hello.ts'), `import { name } from './hello'\nconsole.log('imported', name)\n`)
writeFileSync(join(deck, 'scripts', 'fails.ts'), `import { runMain } from './lib/main'\nrunMain(import.meta.url, () => { throw new Error('no slides in slides.md') })\n`)
afterAll(() => rmSync(root, { recursive: true, force: true }))

const run = (script: string) => execFileSync(tsx, [script], { cwd: deck, encoding: 'utf8' })

describe('one entry-point check for every script', () => {
  it('runs a script started from a folder named "my talks/déck", by relative or absolute path', () => {
    expect(run('scripts/hello.ts')).toBe('hello ran\n')
    expect(run(join(deck, 'scripts', 'hello.ts'))).toBe('hello ran\n')
  })

  it('does not run a script that is only imported', () => {
    expect(run('scripts/uses-hello.ts')).toBe('imported hello\n')
  })

  it('turns a thrown error into its message and exit code 1', () => {
    expect(() => execFileSync(tsx, ['scripts/fails.ts'], { cwd: deck, encoding: 'utf8', stdio: 'pipe' })).toThrow(/no slides in slides\.md/)
  })

  it('compares paths, where comparing URLs with argv fails on a space or an accent', () => {
    const file = join(deck, 'scripts', 'hello.ts')
    const url = pathToFileURL(file).href
    expect(url).not.toBe(`file://${file}`) // the check every script used to make
    expect(isMain(url, file)).toBe(true)
    expect(isMain(url, join(deck, 'scripts', 'uses-hello.ts'))).toBe(false)
    expect(isMain(url, undefined)).toBe(false)
  })
})
