// @vitest-environment node
import type { DrawingOptions } from '../node/plugin'
import type { DiagramSpec } from '../types'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { drawnSvgId, sourceHash } from '../composables/diagramSvg'
import { drawDiagrams } from '../node/drawDiagrams'
import { DRAWING } from '../node/live-drawing'
import { talkEngineDrawing } from '../node/plugin'
import { flow, flowNamingMissingNode, seq } from './fixtures'

/*
 * Build-time drawing in a real Chromium (the deck's Vitest provides its path): the SVGs, the
 * modules slides import, and the errors that fail `slidev build` for a diagram that cannot be drawn.
 */
const browser = inject('chromium')
const root = mkdtempSync(join(tmpdir(), 'talk-engine-drawing-'))
mkdirSync(join(root, 'talks/toy'), { recursive: true })
mkdirSync(join(root, 'pages'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

/** A toy deck: `talks/toy/<id>.ts` holds each spec (its `code:` on line 4), slide 2 shows it. */
function deck(diagrams: Record<string, DiagramSpec>, mode: DrawingOptions['slidev']['mode'] = 'build'): DrawingOptions {
  for (const [id, spec] of Object.entries(diagrams))
    writeFileSync(join(root, `talks/toy/${id}.ts`), `// toy\nexport const ${id} = {\n  id: '${id}',\n  code: \`${spec.code}\`,\n}\n`)
  return {
    slidev: {
      mode,
      userRoot: root,
      data: {
        slides: [
          {
            index: 0,
            content: '# Title',
            source: {
              filepath: join(root, 'pages/intro.md'),
            },
          },
          ...Object.keys(diagrams).map(id => ({
            index: 1,
            content: `# ${id}\n\n<MermaidSteps diagram="${id}" />`,
            source: {
              filepath: join(root, 'pages/toy.md'),
            },
          })),
        ],
      },
    },
    diagrams,
    diagramFile: id => `talks/toy/${id}.ts`,
    executablePath: () => browser.executablePath,
    browserArgs: browser.args,
  }
}

type Hook = (this: unknown, id: string) => Promise<string | undefined>
const load = (plugin: ReturnType<typeof talkEngineDrawing>, id: string) => (plugin.load as Hook).call({}, `\0${id}`)
const buildStart = (plugin: ReturnType<typeof talkEngineDrawing>) => (plugin.buildStart as (this: unknown) => Promise<void>).call({})

describe('drawing diagrams at build time', { timeout: 120_000 }, () => {
  it('draws each diagram in both themes under one id, with the ids a slide looks for', async () => {
    const drawn = await drawDiagrams({ flow, seq }, browser)
    for (const [id, spec] of Object.entries({ flow, seq })) {
      const { svg, svgId, graph, code } = drawn[id]
      expect(svgId).toBe(drawnSvgId(id))
      expect(code).toBe(sourceHash(spec))
      for (const theme of ['light', 'dark'] as const) {
        expect(svg[theme]).toMatch(new RegExp(`^<svg[^>]* id="${svgId}"`))
        // Laid out, not an empty frame: a real viewBox from measured labels.
        expect(svg[theme]).toMatch(/viewBox="[\d.-]+ [\d.-]+ [1-9][\d.]* [1-9][\d.]*"/)
      }
      // One layout, two palettes.
      expect(/viewBox="([^"]+)"/.exec(svg.light)![1]).toBe(/viewBox="([^"]+)"/.exec(svg.dark)![1])
      expect(svg.light).not.toBe(svg.dark)
      expect(graph.nodes.length).toBeGreaterThan(1)
    }
    expect(drawn.flow.svg.light).toContain('>Gateway<')
    expect(drawn.seq.graph.edges).toEqual(['m1', 'm2'])
  })

  it('draws a diagram with its own Mermaid config, which is part of what a slide checks the drawing against', async () => {
    const large = {
      ...flow,
      id: 'large',
      config: {
        themeVariables: { fontSize: '40px' },
      },
    }
    const drawn = await drawDiagrams({ flow, large }, browser)
    const width = (svg: string) => Number(/viewBox="[\d.-]+ [\d.-]+ ([\d.]+)/.exec(svg)![1])
    expect(width(drawn.large.svg.light)).toBeGreaterThan(width(drawn.flow.svg.light) * 1.1)
    expect(drawn.large.code).toBe(sourceHash(large))
    expect(sourceHash(large)).not.toBe(sourceHash(flow))
  })

  it('gives built slides the drawings as one lazy module per diagram, and no Mermaid', async () => {
    const plugin = talkEngineDrawing(deck({ flow }))
    await buildStart(plugin)
    const index = await load(plugin, DRAWING)
    expect(index).toContain('"flow": () => import("virtual:talk-engine/drawn/flow")')
    expect(index).toContain('export const live = undefined')
    expect(index).not.toContain('mermaid')
    const module = await load(plugin, 'virtual:talk-engine/drawn/flow')
    const drawing = JSON.parse(module!.replace(/^export default /, ''))
    expect(drawing.code).toBe(sourceHash(flow))
    expect(drawing.svg.dark).toContain(drawnSvgId('flow'))
  })

  it('draws nothing in `slidev` dev, where slides draw live and edits show at once', async () => {
    let asked = false
    const plugin = talkEngineDrawing({
      ...deck({ flow }, 'dev'),
      executablePath: () => {
        asked = true
        return browser.executablePath
      },
    })
    await buildStart(plugin)
    expect(await load(plugin, DRAWING)).toContain('import(\'slidev-addon-talk-engine/mermaid\')')
    expect(asked, 'dev never launches a browser to draw').toBe(false)
  })

  it('fails the build on a Mermaid syntax error, naming the file and line, the slide and Mermaid\'s message', async () => {
    const broken = {
      ...flow,
      code: flow.code.replace('gw e2@--> svc', 'gw e2@--> svc['),
    }
    const plugin = talkEngineDrawing(deck({ flow: broken }))
    const error = await buildStart(plugin).then(() => undefined, (e: Error) => e)
    // Mermaid points at the line it could not parse; `code:` is line 4 of the toy file, so Mermaid line N is line N + 3.
    const line = broken.code.split('\n').findIndex(l => l.includes('e2@--> svc[')) + 1
    expect(error?.message).toMatch(new RegExp(`^talks/toy/flow\\.ts:${line + 3} \\(Mermaid line ${line}\\): diagram "flow" on slide 2 \\(pages/toy\\.md\\) cannot be drawn: Parse error on line \\d+`))
  })

  it('fails the build on a step that names a node the diagram does not have', async () => {
    const broken = flowNamingMissingNode
    const error = await buildStart(talkEngineDrawing(deck({ flow: broken }))).then(() => undefined, (e: Error) => e)
    expect(error?.message).toContain('talks/toy/flow.ts: diagram "flow" on slide 2 (pages/toy.md) cannot be drawn: diagram "flow" step 1 names "gw2", which the diagram does not have')
  })
})
