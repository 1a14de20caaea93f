import { describe, expect, it } from 'vitest'
import { layerClassDefs, layerColors, recolor, roleColor, strayStandIns, usedLayers } from '../logic/palette'

describe('the palette as CSS custom properties', () => {
  it('finds the layers a source uses, by class statement and ::: shorthand, not its own classDefs', () => {
    expect(usedLayers('flowchart LR\n  a:::edge --> b\n  class a,b gateway\n  class c queue\n  classDef queue fill:#fff\n  class d gateway')).toEqual(['gateway', 'edge'])
  })

  it('gives each layer a classDef in stand-in colors, after the source', () => {
    expect(layerClassDefs(['gateway', 'queue'])).toBe(
      `  classDef gateway fill:${layerColors(0).fill},stroke:${layerColors(0).stroke},color:${roleColor('ink')}\n`
      + `  classDef queue fill:${layerColors(1).fill},stroke:${layerColors(1).stroke},color:${roleColor('ink')}`,
    )
  })

  it('turns every way Mermaid writes a stand-in into its custom property, translucent ones mixed', () => {
    const ink = roleColor('ink')
    const svg = `<style>.a{fill:${ink};color:${ink.toUpperCase()}} .b{fill:rgb(10, 11, 1)} .c{background:rgba(10, 11, 7, 0.5)} .d{fill:${layerColors(1).fill}}</style>`
    const out = recolor(svg, ['gateway', 'queue'])
    expect(out).toBe('<style>.a{fill:var(--ms-ink);color:var(--ms-ink)} .b{fill:var(--ms-ink)} .c{background:color-mix(in srgb, var(--ms-surface) 50%, transparent)} .d{fill:var(--ms-queue-fill, var(--ms-node))}</style>')
    expect(strayStandIns(out)).toEqual([])
  })

  it('leaves a drawing\'s own colors (an icon\'s) alone, and finds a stand-in it could not place', () => {
    expect(recolor('<path fill="#f5a800"/>', [])).toBe('<path fill="#f5a800"/>')
    expect(strayStandIns(`<path fill="${layerColors(4).fill}"/>`)).toEqual([layerColors(4).fill])
  })
})
