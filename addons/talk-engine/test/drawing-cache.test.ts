// @vitest-environment node
import type { DrawnDiagram } from '../composables/diagramSvg'
import type { DrawingOptions } from '../node/plugin'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { drawnSvgId, sourceHash } from '../composables/diagramSvg'
import { DrawingCache, drawingInputs, drawingKey } from '../node/drawingCache'
import { talkEngineDrawing } from '../node/plugin'
import { flow, seq } from './fixtures'

/*
 * The drawings kept between builds: a key for everything that can change a picture, entries that are
 * read back only when whole, and a build that, with every diagram in the cache, starts no browser.
 */
const dir = mkdtempSync(join(tmpdir(), 'talk-engine-cache-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const inputs = drawingInputs()

/** A drawing as drawDiagrams returns one, enough to be trusted by the cache. */
function picture(id: string, spec = flow): DrawnDiagram {
  return {
    // The ids `flow` steps through, as Mermaid would report them.
    graph: {
      kind: 'flowchart',
      nodes: ['app', 'gw', 'svc'],
      edges: ['e1', 'e2'],
      subgraphs: ['vpc'],
      ends: {
        e1: { from: 'app', to: 'gw' },
        e2: { from: 'gw', to: 'svc' },
      },
      accTitle: 'Toy gateway',
      accDescription: 'Client to gateway to service',
    } as DrawnDiagram['graph'],
    svgId: drawnSvgId(id),
    svg: { light: '<svg id="l"><g/></svg>', dark: '<svg id="d"><g/></svg>' },
    code: sourceHash(spec),
  }
}

describe('drawingKey', () => {
  const key = drawingKey('flow', flow, inputs)

  it('is the same for an unchanged spec, read again', () => {
    expect(drawingKey('flow', { ...flow }, drawingInputs())).toBe(key)
  })

  it.each([
    [
      'the Mermaid source',
      () => drawingKey('flow', { ...flow, code: `${flow.code}\n  %% edited` }, inputs),
    ],
    [
      'the Mermaid config',
      () => drawingKey('flow', {
        ...flow,
        config: { ...flow.config, layout: 'dagre' } as typeof flow.config,
      }, inputs),
    ],
    [
      'the diagram id (its SVG ids)',
      () => drawingKey('flow2', flow, inputs),
    ],
    [
      'the engine\'s drawing code',
      () => drawingKey('flow', flow, { ...inputs, engine: `${inputs.engine}x` }),
    ],
    [
      'Mermaid\'s or ELK\'s version',
      () => drawingKey('flow', flow, { ...inputs, libraries: 'mermaid@12.4.0 elkjs@0.12.1' }),
    ],
    [
      'the fonts',
      () => drawingKey('flow', flow, drawingInputs([
        join(dir, 'font.css'),
      ])),
    ],
    [
      'the icons',
      () => drawingKey('flow', flow, drawingInputs([], {
        logos: {
          prefix: 'logos',
          icons: {
            aws: { body: '<path/>' },
          },
        },
      })),
    ],
  ])('changes with %s', (_, changed) => {
    writeFileSync(join(dir, 'font.css'), '@font-face { font-family: Inter; src: url(inter.woff2) }')
    writeFileSync(join(dir, 'inter.woff2'), 'font bytes')
    expect(changed()).not.toBe(key)
  })

  it('changes with a font file, not only with its stylesheet', () => {
    writeFileSync(join(dir, 'font.css'), '@font-face { font-family: Inter; src: url(inter.woff2) }')
    writeFileSync(join(dir, 'inter.woff2'), 'font bytes')
    const before = drawingKey('flow', flow, drawingInputs([
      join(dir, 'font.css'),
    ]))
    writeFileSync(join(dir, 'inter.woff2'), 'other font bytes')
    expect(drawingKey('flow', flow, drawingInputs([
      join(dir, 'font.css'),
    ]))).not.toBe(before)
  })

  it('names what it is made of: Mermaid\'s and ELK\'s versions', () => {
    expect(inputs.libraries).toMatch(/^mermaid@\d+\.\d+\.\d+ elkjs@\d+\.\d+\.\d+$/)
  })
})

describe('drawingCache', () => {
  const cache = new DrawingCache(join(dir, 'entries'))

  it('gives back what it stored under the same key', () => {
    cache.write('k1', picture('flow'))
    expect(cache.read('k1', flow)).toEqual(picture('flow'))
  })

  it('has nothing under another key', () => {
    expect(cache.read('k-none', flow)).toBeUndefined()
  })

  it('survives an entry cut short: it is a miss, not a crash and not a drawing', () => {
    cache.write('k2', picture('flow'))
    const file = join(cache.dir, 'k2.json')
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, 80))
    expect(cache.read('k2', flow)).toBeUndefined()
  })

  it.each([
    [
      'an SVG cut short',
      (drawn: DrawnDiagram) => ({
        ...drawn,
        svg: { ...drawn.svg, dark: '<svg id="d"><g/>' },
      }),
    ],
    [
      'no dark drawing',
      (drawn: DrawnDiagram) => ({
        ...drawn,
        svg: { light: drawn.svg.light },
      }),
    ],
    [
      'a drawing of another source',
      (drawn: DrawnDiagram) => ({
        ...drawn,
        code: sourceHash(seq),
      }),
    ],
    [
      'no graph',
      (drawn: DrawnDiagram) => ({ ...drawn, graph: null }),
    ],
  ])('does not trust an entry with %s', (_, spoil) => {
    writeFileSync(join(cache.dir, 'k3.json'), JSON.stringify({
      key: 'k3',
      drawn: spoil(picture('flow')),
    }))
    expect(cache.read('k3', flow)).toBeUndefined()
  })

  it('does not trust an entry stored under another key', () => {
    writeFileSync(join(cache.dir, 'k4.json'), JSON.stringify({
      key: 'k5',
      drawn: picture('flow'),
    }))
    expect(cache.read('k4', flow)).toBeUndefined()
  })

  it('leaves no partial files behind', () => {
    expect(readdirSync(cache.dir).filter(name => name.endsWith('.tmp'))).toEqual([])
  })
})

describe('a build with every diagram in the cache', () => {
  it('starts no browser: the drawings come from the cache', async () => {
    const cacheDir = join(dir, 'build')
    const cache = new DrawingCache(cacheDir)
    cache.write(drawingKey('flow', flow, inputs), picture('flow'))
    const options: DrawingOptions = {
      slidev: {
        mode: 'build',
        userRoot: dir,
        data: { slides: [] },
      },
      diagrams: { flow },
      cacheDir,
      executablePath: () => {
        throw new Error('a browser was asked for')
      },
    }
    const plugin = talkEngineDrawing(options)
    const load = plugin.load as (this: unknown, id: string) => Promise<string | undefined>
    await (plugin.buildStart as (this: unknown) => Promise<void>).call({})
    expect(await load.call({}, '\0virtual:talk-engine/drawn/flow')).toBe(`export default ${JSON.stringify(picture('flow'))}`)
  })

  it('asks for a browser as soon as one diagram is not in the cache', async () => {
    const options: DrawingOptions = {
      slidev: {
        mode: 'build',
        userRoot: dir,
        data: { slides: [] },
      },
      diagrams: { flow, seq },
      cacheDir: join(dir, 'build'),
      executablePath: () => {
        throw new Error('a browser was asked for')
      },
    }
    await expect((talkEngineDrawing(options).buildStart as (this: unknown) => Promise<void>).call({})).rejects.toThrow('a browser was asked for')
  })
})
