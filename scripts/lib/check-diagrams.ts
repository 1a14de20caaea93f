import type { IconifyJSON } from '@iconify/types'
import type { DiagramSpec } from '../../data/diagrams/types'
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { getIcons } from '@iconify/utils'
import { mermaidLocation } from 'slidev-addon-talk-engine/vite'
import { runMain } from './main'

/**
 * Checks every diagram in `data/diagrams/` without a browser: Mermaid syntax,
 * step ids against the ids Mermaid parses, accessible title and description,
 * and that the bundled icon subset has every icon a diagram draws.
 *
 *   import { checkDiagrams } from './lib/check-diagrams'
 *   const errors = await checkDiagrams()   // [] when all is well
 *
 * Run directly, it prints the errors (exit 1), or with `--write-icons`
 * regenerates `data/diagrams/icons.json` from the installed icon packs.
 */

const root = resolve(fileURLToPath(import.meta.url), '../../..')
const iconsFile = resolve(root, 'data/diagrams/icons.json')
const packs = ['logos', 'carbon'] as const
type Pack = typeof packs[number]

/**
 * Mermaid's DOMPurify binds to `window` when the module loads, and its text
 * helpers use `document`; happy-dom's globals are enough for parsing.
 */
export async function installDomForMermaid(): Promise<void> {
  if (typeof globalThis.window !== 'undefined' && typeof globalThis.document !== 'undefined')
    return
  const { Window } = await import('happy-dom')
  const window = new Window()
  Object.assign(globalThis, { window, document: window.document })
}

/** `pack:name` of every icon the diagrams draw. */
export function usedIcons(specs: DiagramSpec[]): string[] {
  const names = new Set<string>()
  for (const spec of specs) {
    for (const match of spec.code.matchAll(/icon:\s*"([\w-]+:[\w-]+)"/g))
      names.add(match[1])
  }
  return [...names].sort()
}

function loadPack(pack: Pack): IconifyJSON {
  return JSON.parse(readFileSync(resolve(root, `node_modules/@iconify-json/${pack}/icons.json`), 'utf8'))
}

/** The icon packs cut down to `names`, so the deck ships kilobytes, not the 9 MB packs. */
export function iconSubset(names: string[]): Record<Pack, IconifyJSON> {
  return Object.fromEntries(packs.map((pack) => {
    const wanted = names.filter(n => n.startsWith(`${pack}:`)).map(n => n.slice(pack.length + 1))
    return [pack, getIcons(loadPack(pack), wanted) ?? { prefix: pack, icons: {} }]
  })) as Record<Pack, IconifyJSON>
}

/** Every problem in the given diagrams (default: all of `data/diagrams/`); each message names the file and diagram. */
export async function checkDiagrams(specs?: Record<string, DiagramSpec>): Promise<string[]> {
  await installDomForMermaid()
  const [{ parseDiagram, MermaidSyntaxError }, { validateDiagram }, data] = await Promise.all([
    import('slidev-addon-talk-engine/mermaid'),
    import('slidev-addon-talk-engine'),
    import('../../data/diagrams/index'),
  ])
  const all: Record<string, DiagramSpec> = specs ?? data.diagrams
  const errors: string[] = []

  for (const [key, spec] of Object.entries(all)) {
    const file = data.diagramFile(key)
    if (spec.id !== key)
      errors.push(`${file}: diagram "${spec.id}" is exported as "${key}"; the id and the key must match (slides name the key)`)
    let graph: Awaited<ReturnType<typeof parseDiagram>>
    try {
      graph = await parseDiagram(spec.code)
    }
    catch (error) {
      const line = error instanceof MermaidSyntaxError
        ? error.line
        : undefined
      errors.push(`${mermaidLocation(root, file, line)}: diagram "${spec.id}" does not parse: ${(error as Error).message}`)
      continue
    }
    errors.push(...validateDiagram(spec, graph).map(message => `${file}: ${message}`))
    if (graph.accTitle !== spec.title)
      errors.push(`${file}: diagram "${spec.id}" has accTitle "${graph.accTitle}", expected its title "${spec.title}"`)
    if (graph.accDescription !== spec.description)
      errors.push(`${file}: diagram "${spec.id}" has accDescr that differs from its description`)
  }

  const wanted = usedIcons(Object.values(all))
  const bundled = JSON.parse(readFileSync(iconsFile, 'utf8')) as Record<string, IconifyJSON>
  const fresh = iconSubset(wanted)
  for (const name of wanted) {
    const [pack, icon] = name.split(':')
    if (!(pack in fresh) || !fresh[pack as Pack].icons[icon])
      errors.push(`data/diagrams: icon "${name}" is not in the installed @iconify-json packs (${packs.join(', ')})`)
    else if (!bundled[pack]?.icons[icon])
      errors.push(`data/diagrams/icons.json: icon "${name}" is missing; run \`npx tsx scripts/lib/check-diagrams.ts --write-icons\``)
  }
  return errors
}

runMain(import.meta.url, async () => {
  if (process.argv.includes('--write-icons')) {
    const { diagrams } = await import('../../data/diagrams/index')
    const names = usedIcons(Object.values(diagrams))
    writeFileSync(iconsFile, `${JSON.stringify(iconSubset(names))}\n`)
    console.log(`data/diagrams/icons.json: ${names.length} icons (${names.join(', ')})`)
  }
  else {
    const errors = await checkDiagrams()
    for (const error of errors)
      console.error(error)
    console.log(errors.length
      ? `${errors.length} diagram problem(s)`
      : 'diagrams: ok')
    process.exitCode = errors.length ? 1 : 0
  }
})
