import type { IconifyJSON } from '@iconify/types'
import type { DiagramProblem, DiagramSource, DiagramSpec, IconPack } from '../types'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { getIcons } from '@iconify/utils'
import { placeProblems } from '../logic/problems'

/** `pack:name` of every icon a Mermaid source's `icon:` shapes draw (`a@{ icon: "logos:kong-icon" }`). */
export function usedIcons(code: string): string[] {
  return [
    ...new Set([
      ...code.matchAll(/\bicon:\s*["']([\w-]+:[\w-]+)["']/g),
    ].map(m => m[1])),
  ].sort()
}

/** Icon sets read once per process: a pack is megabytes of JSON. */
const sets = new Map<string, IconifyJSON>()

function readSet(file: string): IconifyJSON {
  let set = sets.get(file)
  if (!set) {
    set = JSON.parse(readFileSync(file, 'utf8')) as IconifyJSON
    sets.set(file, set)
  }
  return set
}

/**
 * The icons `names` take, cut from the deck's installed `@iconify-json/<pack>` packages (what
 * UnoCSS's icon classes use too), so a diagram carries a few kilobytes, not megabyte packs. An icon
 * that no installed pack has is a problem, named with the package to install.
 */
export function iconPacks(root: string, names: string[]): { packs: Record<string, IconPack>, missing: string[] } {
  const require = createRequire(join(root, 'package.json'))
  const packs: Record<string, IconPack> = {}
  const missing: string[] = []
  const byPack = new Map<string, string[]>()
  for (const name of names) {
    byPack.set(name.split(':')[0], [
      ...byPack.get(name.split(':')[0]) ?? [],
      name,
    ])
  }
  for (const [prefix, icons] of byPack) {
    let set: IconifyJSON
    try {
      set = readSet(require.resolve(`@iconify-json/${prefix}/icons.json`))
    }
    catch {
      missing.push(...icons.map(icon => `${icon} (install @iconify-json/${prefix})`))
      continue
    }
    const wanted = icons.map(icon => icon.slice(prefix.length + 1))
    const subset = getIcons(set, wanted)
    missing.push(...wanted.filter(icon => !subset?.icons[icon] && !subset?.aliases?.[icon]).map(icon => `${prefix}:${icon} (not in @iconify-json/${prefix})`))
    if (subset)
      packs[prefix] = subset as IconPack
  }
  return { packs, missing }
}

/** A diagram's icon packs, and its problem (placed where it is written) when it draws icons no installed pack has: for the build and the deck's checks alike. */
export function diagramIcons(root: string, spec: Pick<DiagramSpec, 'id' | 'code'>, source: DiagramSource): { packs: Record<string, IconPack>, problems: DiagramProblem[] } {
  const { packs, missing } = iconPacks(root, usedIcons(spec.code))
  return {
    packs,
    problems: missing.length
      ? placeProblems([
          { diagram: spec.id, message: `draws icons no installed pack has: ${missing.join(', ')}` },
        ], source)
      : [],
  }
}
