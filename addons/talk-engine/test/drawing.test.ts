// @vitest-environment node
import type { SlidevContext, TalkEngineConfig } from '../node/plugin'
import type { DiagramSpec } from '../types'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { strayStandIns } from '../logic/palette'
import { drawnSvgId } from '../logic/svg'
import { drawDiagrams } from '../node/draw'
import { DIAGRAM_MODULE, talkEngine } from '../node/plugin'
import { flow, flowNamingMissingNode, seq, written } from './fixtures'

/*
 * Drawing in a real Chromium (the deck's Vitest provides its path): the SVGs, the modules slides
 * import, and the errors that fail `slidev build` for a diagram written wrong, named where it is written.
 */
const browser = inject('chromium')
const root = mkdtempSync(join(tmpdir(), 'talk-engine-drawing-'))
mkdirSync(join(root, 'pages'))
// The toy deck's packages are this repo's: icon packs are looked up in the deck's node_modules.
symlinkSync(join(process.cwd(), 'node_modules'), join(root, 'node_modules'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

/** A toy deck: each spec written on a slide of `pages/toy.md` whose content starts on line 3 (after `---`, a blank line). */
function deck(specs: DiagramSpec[], mode = 'build'): SlidevContext {
  const slides = specs.map((spec, index) => {
    const content = `# ${spec.id}\n\n${written(spec)}`
    return {
      index: index + 1,
      source: {
        filepath: join(root, `pages/${spec.id}.md`),
        index: 0,
        content,
        contentStart: 1,
      },
    }
  })
  for (const slide of slides)
    writeFileSync(slide.source.filepath, `---\n\n${slide.source.content}\n`)
  return {
    mode,
    userRoot: root,
    data: {
      slides,
      headmatter: {},
      config: {
        fonts: {
          sans: ['ui-sans-serif', 'sans-serif'],
        },
      },
    },
  }
}

function config(extra: TalkEngineConfig = {}): TalkEngineConfig {
  return {
    browser: browser.executablePath,
    browserArgs: browser.args,
    cacheDir: false,
    ...extra,
  }
}
type Plugin = ReturnType<typeof talkEngine>
const buildStart = (plugin: Plugin) => (plugin.buildStart as (this: unknown) => Promise<void>).call({})
const load = (plugin: Plugin, id: string) => (plugin.load as (this: unknown, id: string) => Promise<string | undefined>).call({}, `\0${DIAGRAM_MODULE}${id}`)
/** A module's default export, read back. */
const moduleOf = (code: string) => JSON.parse(/^export default (.*)$/m.exec(code)![1])

describe('drawing diagrams', { timeout: 120_000 }, () => {
  it('draws each diagram once, for light and dark alike: its colors are the deck\'s custom properties', async () => {
    const drawn = await drawDiagrams([flow, seq], {
      executablePath: browser.executablePath,
      args: browser.args,
      font: { family: 'sans-serif', css: [] },
    })
    for (const spec of [flow, seq]) {
      const result = drawn.get(spec.id)!
      if (!('svg' in result))
        throw new Error(result.message)
      expect(result.svgId).toBe(drawnSvgId(spec.id))
      expect(result.svg).toMatch(new RegExp(`^<svg[^>]* id="${result.svgId}"`))
      // Laid out, not an empty frame: a real viewBox from measured labels.
      expect(result.svg).toMatch(/viewBox="[\d.-]+ [\d.-]+ [1-9][\d.]* [1-9][\d.]*"/)
      expect(result.svg).toContain('var(--ms-ink)')
      expect(strayStandIns(result.svg)).toEqual([])
    }
    const gateway = drawn.get('flow')!
    expect('svg' in gateway && gateway.svg).toContain('var(--ms-gateway-fill, var(--ms-node))')
  })

  it('draws a diagram\'s own Mermaid frontmatter: larger labels, a wider drawing', async () => {
    const large = { ...flow, id: 'large', code: `---\nconfig:\n  themeVariables:\n    fontSize: 40px\n---\n${flow.code}` }
    const drawn = await drawDiagrams([flow, large], {
      executablePath: browser.executablePath,
      args: browser.args,
      font: { family: 'sans-serif', css: [] },
    })
    const width = (id: string) => Number(/viewBox="[\d.-]+ [\d.-]+ ([\d.]+)/.exec((drawn.get(id) as { svg: string }).svg)![1])
    expect(width('large')).toBeGreaterThan(width('flow') * 1.1)
  })

  it('gives a built slide one module per diagram: its steps, where it is written and its drawing, and no Mermaid', async () => {
    const plugin = talkEngine(deck([flow]), config())
    await buildStart(plugin)
    const code = (await load(plugin, 'flow'))!
    expect(code).not.toMatch(/\bimport\b/)
    const module = moduleOf(code)
    expect(module.spec).toEqual(flow)
    expect(module.source).toEqual({
      file: 'pages/flow.md',
      line: 5,
      codeLine: 5 + flow.steps.length + 4,
      slide: 2,
    })
    expect(module.problems).toEqual([])
    expect(module.drawing.svg).toContain(drawnSvgId('flow'))
  })

  it('draws every diagram\'s icons when several are drawn together, from the installed packs', async () => {
    const withIcon = (id: string, icon: string): DiagramSpec => ({
      id,
      code: `flowchart LR\n  a@{ icon: "carbon:${icon}", label: "A" }`,
      steps: [
        {
          show: ['a'],
        },
      ],
    })
    const plugin = talkEngine(deck([
      withIcon('one', 'cloud'),
      withIcon('two', 'data-base'),
    ]), config())
    await buildStart(plugin)
    const carbon = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('@iconify-json/carbon/icons.json'), 'utf8'))
    for (const [id, icon] of [
      ['one', 'cloud'],
      ['two', 'data-base'],
    ]) {
      const { drawing } = moduleOf((await load(plugin, id))!)
      expect(drawing.svg, `${id} draws carbon:${icon}`).toContain(carbon.icons[icon].body.slice(0, 40))
    }
  })

  it('fails the build on a Mermaid syntax error, with its line in the slide file, the slide and Mermaid\'s message', async () => {
    const broken = {
      ...flow,
      code: flow.code.replace('gw e2@--> svc', 'gw e2@--> svc['),
    }
    const error = await buildStart(talkEngine(deck([broken]), config())).then(() => undefined, (e: Error) => e)
    const mermaidLine = broken.code.split('\n').findIndex(l => l.includes('e2@--> svc[')) + 1
    const codeLine = 5 + flow.steps.length + 4
    expect(error?.message).toMatch(new RegExp(`pages/flow\\.md:${codeLine + mermaidLine - 1}: slide 2, diagram "flow": Parse error on line \\d+.* \\(Mermaid line \\d+\\)`))
  })

  it('fails the build on a step that names a node the diagram does not have, and says which step', async () => {
    const error = await buildStart(talkEngine(deck([flowNamingMissingNode]), config())).then(() => undefined, (e: Error) => e)
    expect(error?.message).toContain('pages/flow.md:5: slide 2, diagram "flow", step 1: names "gw2", which the diagram does not have')
  })

  it('in dev, draws when a slide asks, and puts a problem on the slide instead of failing', async () => {
    const plugin = talkEngine(deck([flowNamingMissingNode], 'dev'), config())
    await buildStart(plugin)
    const module = moduleOf((await load(plugin, 'flow'))!)
    expect(module.problems.map((p: { message: string }) => p.message)).toEqual([
      expect.stringContaining('names "gw2"'),
    ])
  })

  it('without a browser, says so and lets the page draw: the module brings Mermaid and the icons', async () => {
    const plugin = talkEngine(deck([flow]), config({
      browser: () => undefined,
    }))
    await buildStart(plugin)
    const code = (await load(plugin, 'flow'))!
    expect(code).toContain('export const draw = () => import(\'slidev-addon-talk-engine/mermaid\')')
    expect(moduleOf(code).drawing).toBeUndefined()
  })

  it('when strict, fails without a browser, and says how to give one', async () => {
    const error = await buildStart(talkEngine(deck([flow]), config({
      browser: () => undefined,
      strict: true,
    }))).then(() => undefined, (e: Error) => e)
    expect(error?.message).toContain('no browser to draw diagrams in (strict)')
  })

  it('names the Chromium that did not start, where it came from, and CHROMIUM_PATH', async () => {
    const error = await buildStart(talkEngine(deck([flow]), config({
      browser: join(root, 'no-chrome'),
    }))).then(() => undefined, (e: Error) => e)
    expect(error?.message).toContain(`The Chromium at ${join(root, 'no-chrome')} (found as the talkEngine browser option) did not start`)
    expect(error?.message).toContain('CHROMIUM_PATH=/path/to/chrome')
  })
})
