// @vitest-environment node
import type { DrawnDiagram } from '../logic/svg'
import type { SlidevContext } from '../node/plugin'
import type { DiagramSpec } from '../types'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { drawnSvgId } from '../logic/svg'
import { DrawingCache, drawingInputs, drawingKey } from '../node/cache'
import { DIAGRAM_MODULE, talkEngine } from '../node/plugin'
import { flow, seq, written } from './fixtures'

/*
 * The drawings kept between builds: a key for everything that can change a picture, entries that are
 * read back only when whole, and a build that, with every diagram in the cache, starts no browser.
 */
const dir = mkdtempSync(join(tmpdir(), 'talk-engine-cache-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const font = { family: 'Inter, sans-serif', css: [] }
const inputs = drawingInputs(font)
const logos = {
  logos: {
    prefix: 'logos',
    icons: {
      aws: { body: '<path/>' },
    },
  },
}

/** A drawing as drawDiagrams returns one, enough to be trusted by the cache. */
function picture(id: string): DrawnDiagram {
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
    },
    svgId: drawnSvgId(id),
    svg: `<svg id="${drawnSvgId(id)}"><g/></svg>`,
  }
}

describe('drawingKey', () => {
  const key = drawingKey(flow, {}, inputs)

  it('is the same for an unchanged spec, read again', () => {
    expect(drawingKey({ ...flow }, {}, drawingInputs(font))).toBe(key)
  })

  it('is the same when only the steps change: they are not drawn', () => {
    const stepless: DiagramSpec = { ...flow, steps: [] }
    expect(drawingKey(stepless, {}, inputs)).toBe(key)
  })

  it.each([
    [
      'the Mermaid source (its frontmatter config too)',
      () => drawingKey({ ...flow, code: `${flow.code}\n  %% edited` }, {}, inputs),
    ],
    [
      'the theme',
      () => drawingKey({ ...flow, theme: 'neutral' }, {}, inputs),
    ],
    [
      'the diagram id (its SVG ids)',
      () => drawingKey({ ...flow, id: 'flow2' }, {}, inputs),
    ],
    [
      'the engine\'s drawing code',
      () => drawingKey(flow, {}, { ...inputs, engine: `${inputs.engine}x` }),
    ],
    [
      'Mermaid\'s or ELK\'s version',
      () => drawingKey(flow, {}, { ...inputs, libraries: 'mermaid@12.4.0 elkjs@0.12.1' }),
    ],
    [
      'the label font',
      () => drawingKey(flow, {}, drawingInputs({ family: 'Roboto, sans-serif', css: [] })),
    ],
    [
      'the icons',
      () => drawingKey(flow, logos, inputs),
    ],
  ])('changes with %s', (_, changed) => {
    expect(changed()).not.toBe(key)
  })

  it('changes with a font file, not only with its stylesheet', () => {
    writeFileSync(join(dir, 'font.css'), '@font-face { font-family: Inter; src: url(inter.woff2) }')
    writeFileSync(join(dir, 'inter.woff2'), 'font bytes')
    const css = {
      family: 'Inter',
      css: [
        join(dir, 'font.css'),
      ],
    }
    const before = drawingKey(flow, {}, drawingInputs(css))
    writeFileSync(join(dir, 'inter.woff2'), 'other font bytes')
    expect(drawingKey(flow, {}, drawingInputs(css))).not.toBe(before)
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
      (drawn: DrawnDiagram) => ({ ...drawn, svg: '<svg id="d"><g/>' }),
    ],
    [
      'a drawing of another diagram',
      (drawn: DrawnDiagram) => ({
        ...drawn,
        svgId: drawnSvgId('seq'),
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
  /** A toy deck, each spec on a slide of its own file, its label font Inter as in `font`. */
  function deck(specs: DiagramSpec[]): SlidevContext {
    mkdirSync(join(dir, 'pages'), { recursive: true })
    const slides = specs.map((spec, index) => {
      const content = written(spec)
      writeFileSync(join(dir, `pages/${spec.id}.md`), `${content}\n`)
      return {
        index,
        source: {
          filepath: join(dir, `pages/${spec.id}.md`),
          index: 0,
          content,
          contentStart: 0,
        },
      }
    })
    return {
      mode: 'build',
      userRoot: dir,
      data: {
        slides,
        headmatter: {},
        config: {
          fonts: {
            sans: ['Inter', 'sans-serif'],
          },
        },
      },
    }
  }
  const cacheDir = join(dir, 'build')
  let asked = 0
  /** Counts the times a browser is looked for, and finds none (so the page would draw). */
  const noBrowser = () => {
    asked++
    return undefined
  }

  it('starts no browser: the drawings come from the cache', async () => {
    new DrawingCache(cacheDir).write(drawingKey(flow, {}, inputs), picture('flow'))
    asked = 0
    const plugin = talkEngine(deck([flow]), { cacheDir, browser: noBrowser })
    await (plugin.buildStart as (this: unknown) => Promise<void>).call({})
    const code = await (plugin.load as (this: unknown, id: string) => Promise<string>).call({}, `\0${DIAGRAM_MODULE}flow`)
    expect(JSON.parse(code.replace(/^export default /, '')).drawing).toEqual(picture('flow'))
    expect(asked).toBe(0)
  })

  it('asks for a browser as soon as one diagram is not in the cache', async () => {
    asked = 0
    const plugin = talkEngine(deck([flow, seq]), { cacheDir, browser: noBrowser })
    await (plugin.buildStart as (this: unknown) => Promise<void>).call({})
    expect(asked).toBe(1)
  })
})
