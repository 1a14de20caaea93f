/**
 * A diagram's colors as CSS custom properties, so one drawing serves light and dark and a deck
 * themes every diagram from its CSS. Mermaid computes with colors (it darkens and mixes them), so it
 * draws with stand-in colors no diagram would choose, which `recolor` then turns into `var(--ms-…)`.
 * The defaults live in styles/index.css.
 */

/** What each color of a drawing is, by the custom property that gives it. */
export const ROLES = {
  ink: '--ms-ink',
  line: '--ms-line',
  node: '--ms-node',
  nodeBorder: '--ms-node-border',
  group: '--ms-group',
  groupBorder: '--ms-group-border',
  surface: '--ms-surface',
  lane: '--ms-lane',
} as const
type Role = keyof typeof ROLES

const ROLE_NAMES = Object.keys(ROLES) as Role[]

/** The stand-in color of a role: `#0a0b01`, `#0a0b02`, … */
export function roleColor(role: Role): string {
  return `#0a0b${(ROLE_NAMES.indexOf(role) + 1).toString(16).padStart(2, '0')}`
}

/** The stand-in fill and stroke of the n-th layer a diagram uses. */
export function layerColors(n: number): { fill: string, stroke: string } {
  const hex = (n + 1).toString(16).padStart(2, '0')
  return { fill: `#0a0c${hex}`, stroke: `#0a0d${hex}` }
}

/**
 * The layers a Mermaid source uses: every class it gives a node (`class a,b gateway`, `a:::gateway`)
 * that it does not define itself with `classDef`. In order of first use.
 */
export function usedLayers(code: string): string[] {
  const defined = new Set([
    ...code.matchAll(/^\s*classDef\s+([\w-]+)/gm),
  ].map(m => m[1]))
  const used = [
    ...[
      ...code.matchAll(/^\s*class\s+\S+\s+([\w-]+)\s*(?:;\s*)?$/gm),
    ].map(m => m[1]),
    ...[
      ...code.matchAll(/:::([\w-]+)/g),
    ].map(m => m[1]),
  ]
  return [
    ...new Set(used),
  ].filter(name => !defined.has(name))
}

/** A `classDef` per layer, in stand-in colors, appended after the source so Mermaid's line numbers stay the source's. */
export function layerClassDefs(layers: string[]): string {
  return layers.map((name, n) => {
    const { fill, stroke } = layerColors(n)
    return `  classDef ${name} fill:${fill},stroke:${stroke},color:${roleColor('ink')}`
  }).join('\n')
}

function rgbOf(hex: string): [number, number, number] {
  return [1, 3, 5].map(i => Number.parseInt(hex.slice(i, i + 2), 16)) as [number, number, number]
}

/** Every way Mermaid may have written `hex`: as hex, `rgb(…)` or `rgba(…, alpha)`; the alpha is captured. */
function pattern(hex: string): RegExp {
  const [r, g, b] = rgbOf(hex)
  return new RegExp(`${hex}\\b|rgba?\\(\\s*${r},\\s*${g},\\s*${b}\\s*(?:,\\s*([\\d.]+)\\s*)?\\)`, 'gi')
}

/** The drawing with every stand-in color turned into its custom property (a translucent one mixed with transparency). */
export function recolor(svg: string, layers: string[]): string {
  const replacements: [string, string][] = [
    ...ROLE_NAMES.map(role => [
      roleColor(role),
      `var(${ROLES[role]})`,
    ] as [string, string]),
    ...layers.flatMap((name, n) => {
      const { fill, stroke } = layerColors(n)
      return [
        [fill, `var(--ms-${name}-fill, var(${ROLES.node}))`],
        [stroke, `var(--ms-${name}-stroke, var(${ROLES.nodeBorder}))`],
      ] as [string, string][]
    }),
  ]
  let result = svg
  for (const [hex, variable] of replacements) {
    result = result.replace(pattern(hex), (_, alpha?: string) => alpha === undefined || Number(alpha) === 1
      ? variable
      : `color-mix(in srgb, ${variable} ${Math.round(Number(alpha) * 100)}%, transparent)`)
  }
  return result
}

/** Stand-in colors left in a drawing after `recolor`: none, unless Mermaid wrote one some other way. */
export function strayStandIns(svg: string): string[] {
  return [
    ...new Set([
      ...svg.matchAll(/#0a0[bcd][0-9a-f]{2}\b|rgba?\(\s*10,\s*1[123],/gi),
    ].map(m => m[0])),
  ]
}
