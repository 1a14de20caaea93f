// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { compileScript, parse } from 'vue/compiler-sfc'
import { OPTIONS, STEP_KEYS } from '../logic/blocks'
import { ROLES } from '../logic/palette'

/** The README is the newcomer's reference: its tables must say exactly what the engine takes. */
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

/** The first column of the table that follows `heading`: the backticked names in each row. */
function column(heading: string): string[] {
  const section = readme.slice(readme.indexOf(heading))
  const table = section.slice(section.indexOf('\n|')).split('\n\n')[0]
  return table.split('\n').slice(3).flatMap(row => [
    ...(/^\| ([^|]+) \|/.exec(row)?.[1] ?? '').matchAll(/`([^`]+)`/g),
  ].map(m => m[1]))
}

/** The props a component declares, read from its `<script setup>`. */
function props(file: string): string[] {
  const { descriptor } = parse(readFileSync(new URL(file, import.meta.url), 'utf8'))
  const bindings = compileScript(descriptor, { id: 'readme' }).bindings ?? {}
  return Object.keys(bindings).filter(name => bindings[name] === 'props')
}

describe('the README\'s tables', () => {
  it('name every option a block takes, and no other', () => {
    expect(column('## Options').sort()).toEqual([...OPTIONS].sort())
  })

  it('name every key a step takes, and no other', () => {
    expect(column('## Writing steps').sort()).toEqual([...STEP_KEYS].sort())
  })

  it('name every prop of <MetricCounter>, and no other', () => {
    expect(column('## `<MetricCounter>`').sort()).toEqual(props('../components/MetricCounter.vue').sort())
  })

  it('name every custom property a drawing takes its colors from', () => {
    const listed = column('## Theming')
    for (const property of [
      ...Object.values(ROLES),
      '--ms-accent',
      '--ms-<layer>-fill',
      '--ms-<layer>-stroke',
      '--mc-label',
    ])
      expect(listed).toContain(property)
    const css = readFileSync(new URL('../styles/index.css', import.meta.url), 'utf8')
    const defined = [
      ...new Set([
        ...css.matchAll(/(--m[sc]-[\w-]+):/g),
      ].map(m => m[1].replace(/^--ms-(client|network|gateway|service|store|build|zone)-(fill|stroke)$/, '--ms-<layer>-$2'))),
    ]
    expect(defined.filter(name => !listed.includes(name))).toEqual([])
  })
})
