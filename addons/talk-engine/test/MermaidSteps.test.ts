import type { DiagramGraph, DiagramTheme, DrawnDiagram } from '../composables/diagramSvg'
import type { TalkEngineData } from '../types'
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import { drawnSvgId, sourceHash } from '../composables/diagramSvg'
import { diagramState } from '../composables/useDiagramSteps'
import { MermaidSyntaxError, parseDiagram } from '../composables/useMermaid'
import { talkEngineKey } from '../composables/useTalkEngine'
import { engine, flow, flowNamingMissingNode, seq } from './fixtures'

/*
 * Mermaid cannot lay out text in happy-dom (no getBBox), so `renderDiagram` is
 * replaced by an SVG with the same structure Mermaid 12 emits (ids, data-id,
 * classes). The e2e spec checks the real renderer against the same model.
 */

const slide = vi.hoisted(() => ({ clicks: undefined as any, isDark: undefined as any, printMode: undefined as any }))

vi.mock('@slidev/client', async () => {
  const { computed } = await import('vue')
  return {
    useSlideContext: () => ({
      $clicksContext: {
        // What Slidev's ClicksContext does for `at="+1"` on a slide with no other clicks.
        calculateSince: (_at: unknown, size: number) => ({
          start: 1,
          end: Infinity,
          max: size,
          delta: size,
          currentOffset: computed(() => slide.clicks.value - 1),
        }),
        register: vi.fn(),
        unregister: vi.fn(),
      },
      $renderContext: ref('slide'),
      $slidev: {
        configs: { canvasWidth: 980, aspectRatio: 16 / 9 },
      },
    }),
    useNav: () => ({ isPrintMode: slide.printMode }),
    useDarkMode: () => ({ isDark: slide.isDark }),
  }
})

/** What `virtual:talk-engine/drawing` holds: by default nothing pre-drawn and Mermaid at hand, as in `slidev` dev. */
const drawing = vi.hoisted(() => ({ drawn: {} as Record<string, () => Promise<{ default: DrawnDiagram }>>, live: true }))
vi.mock('virtual:talk-engine/drawing', () => ({
  get drawn() {
    return drawing.drawn
  },
  get live() {
    return drawing.live
      ? () => import('../composables/useMermaid')
      : undefined
  },
}))

const render = vi.hoisted(() => vi.fn())
vi.mock('../composables/useMermaid', async (importOriginal) => {
  const original = await importOriginal<typeof import('../composables/useMermaid')>()
  return { ...original, drawDiagram: render }
})

/** An SVG shaped like Mermaid's output for `graph`. */
function fakeSvg(svgId: string, graph: DiagramGraph): string {
  if (graph.kind === 'sequence') {
    return `<svg id="${svgId}">${graph.nodes.map(n => `<g data-et="participant" data-id="${n}"></g><line data-et="life-line" data-id="${n}"></line>`).join('')}${
      graph.edges.map((_, i) => `<text class="messageText">m</text><line data-et="message" data-id="i${i}" x1="0" y1="${i}" x2="10" y2="${i}"></line>`).join('')}</svg>`
  }
  return `<svg id="${svgId}"><g class="root"><g class="clusters">${graph.subgraphs.map(s => `<g class="cluster" id="${svgId}-${s}"></g>`).join('')}</g>`
    + `<g class="edgePaths">${graph.edges.map(e => `<path data-edge="true" data-id="${e}" d="M0,0L10,0"></path>`).join('')}</g>`
    + `<g class="edgeLabels">${graph.edges.map(e => `<g class="edgeLabel"><g class="label" data-id="${e}"></g></g>`).join('')}</g>`
    + `<g class="nodes">${graph.nodes.map((n, i) => `<g class="node" id="${svgId}-flowchart-${n}-${i}"></g>`).join('')}</g></g></svg>`
}

const mounted: { unmount: () => void }[] = []

async function mountDiagram(diagram: string, data: TalkEngineData | null = engine, props: Record<string, unknown> = {}) {
  const { default: MermaidSteps } = await import('../components/MermaidSteps.vue')
  const wrapper = mount(MermaidSteps, {
    props: { diagram, ...props },
    attachTo: document.body,
    global: {
      provide: data
        ? { [talkEngineKey as symbol]: data }
        : {},
    },
  })
  mounted.push(wrapper)
  await vi.waitFor(async () => {
    await flushPromises()
    expect(wrapper.find('[data-ready], .ms-error').exists()).toBe(true)
  }, { timeout: 10_000 })
  return wrapper
}

function ids(root: Element, selector: string): string[] {
  return [
    ...new Set([
      ...root.querySelectorAll<HTMLElement>(selector),
    ].map(el => el.dataset.id!)),
  ].sort()
}

beforeEach(() => {
  drawing.drawn = {}
  drawing.live = true
  slide.clicks = ref(0)
  slide.isDark = ref(false)
  slide.printMode = ref(false)
  render.mockReset()
  render.mockImplementation(async ({ code }: { code: string }, svgId: string, _theme: DiagramTheme) => {
    const graph = await parseDiagram(code)
    return {
      graph,
      svg: fakeSvg(svgId, graph),
    }
  })
})

// A test that fails mid-way must not leave a component rendering into the next one.
afterEach(() => {
  mounted.splice(0).forEach(wrapper => wrapper.unmount())
})

// The first mount loads Mermaid, which takes seconds on a busy machine.
describe('mermaidSteps', { timeout: 30_000 }, () => {
  it.each(['flow', 'seq'] as const)('%s: each click toggles classes on the one rendered SVG', async (id) => {
    const wrapper = await mountDiagram(id)
    const spec = engine.diagrams[id]
    const root = wrapper.find(`[data-diagram="${id}"]`).element
    for (const k of [
      ...spec.steps.keys(),
      0,
    ]) {
      slide.clicks.value = k
      await flushPromises()
      const want = diagramState(spec, k)
      expect(root.getAttribute('data-step')).toBe(String(k))
      expect(ids(root, '.ms-item.is-visible')).toEqual([...want.visible].sort())
      expect(ids(root, '.ms-item.is-highlighted')).toEqual([...want.highlighted].sort())
      expect(ids(root, '.ms-item.is-flowing')).toEqual([
        ...new Set(want.flowing),
      ].sort())
      expect(wrapper.find('figcaption').text()).toBe(want.caption)
      expect(root.querySelectorAll('.ms-packets circle').length > 0).toBe(want.flowing.length > 0)
    }
    expect(render).toHaveBeenCalledTimes(1)
  })

  it('re-renders only when the theme changes', async () => {
    const wrapper = await mountDiagram('flow')
    slide.clicks.value = 2
    await flushPromises()
    slide.isDark.value = true
    await vi.waitFor(() => expect(render).toHaveBeenCalledTimes(2))
    expect(render.mock.calls.map(call => call[2])).toEqual(['light', 'dark'])
    await vi.waitFor(() => expect(wrapper.find('[data-ready]').exists()).toBe(true))
    expect(ids(wrapper.element, '.ms-item.is-visible')).toEqual([
      ...diagramState(flow, 2).visible,
    ].sort())
  })

  it('draws the flow as a still route in print, without a moving packet', async () => {
    slide.printMode.value = true
    slide.clicks.value = flow.steps.length - 1
    const wrapper = await mountDiagram('flow')
    expect(wrapper.classes()).toContain('is-still')
    expect(ids(wrapper.element, '.ms-item.is-flowing')).toEqual([
      ...flow.steps.at(-1)!.flow!,
    ].sort())
    expect(wrapper.findAll('.ms-packets circle')).toHaveLength(0)
  })

  it('puts the caption in a polite live region and names the diagram', async () => {
    const wrapper = await mountDiagram('seq')
    expect(wrapper.find('figcaption').attributes('aria-live')).toBe('polite')
    const canvas = wrapper.find('[role="img"]')
    expect(canvas.attributes('aria-label')).toBe(seq.title)
    expect(wrapper.find(`#${canvas.attributes('aria-describedby')}`).text()).toBe(seq.description)
  })

  it('shows an error box, not a half-drawn diagram, for an unknown id', async () => {
    const wrapper = await mountDiagram('flw')
    expect(wrapper.find('[role="alert"]').text()).toContain('Unknown diagram "flw". Known diagrams: flow, seq.')
    expect(wrapper.find('svg').exists()).toBe(false)
    expect(render).not.toHaveBeenCalled()
  })

  it('shows Mermaid\'s message and line when rendering fails', async () => {
    render.mockRejectedValueOnce(new MermaidSyntaxError('Parse error on line 7: nope', 7))
    const wrapper = await mountDiagram('seq')
    expect(wrapper.find('[role="alert"]').text()).toContain('talks/toy/seq.ts: diagram "seq" does not render (Mermaid line 7): Parse error on line 7: nope')
    expect(wrapper.find('svg').exists()).toBe(false)
    expect(wrapper.find('figcaption').exists()).toBe(false)
  })

  it('names the file, diagram, step and missing id when a step names an id the diagram lacks', async () => {
    const broken = flowNamingMissingNode
    const wrapper = await mountDiagram('flow', {
      ...engine,
      diagrams: { flow: broken },
    })
    expect(wrapper.find('[role="alert"]').text()).toContain('talks/toy/flow.ts: diagram "flow" step 1 names "gw2", which the diagram does not have')
    expect(wrapper.find('svg').exists()).toBe(false)
  })

  it('reports Mermaid\'s own parse error, with its line, for bad Mermaid source', async () => {
    const wrapper = await mountDiagram('flow', {
      ...engine,
      diagrams: {
        flow: {
          ...flow,
          code: flow.code.replace('gw e2@--> svc', 'gw e2@--> svc['),
        },
      },
    })
    expect(wrapper.find('[role="alert"]').text()).toMatch(/talks\/toy\/flow\.ts: diagram "flow" does not render \(Mermaid line \d+\): Parse error on line \d+/)
  })

  it('draws a spec handed over as a prop, with no registry at all', async () => {
    const wrapper = await mountDiagram('', null, { diagram: undefined, spec: flow })
    expect(wrapper.attributes('data-diagram')).toBe('flow')
    expect(wrapper.find('[data-ready]').exists()).toBe(true)
    expect(ids(wrapper.element, '.ms-item.is-visible')).toEqual(['app'])
  })

  it('says how to provide data when the deck provided none', async () => {
    const wrapper = await mountDiagram('flow', null)
    expect(wrapper.find('[role="alert"]').text()).toContain('Unknown diagram "flow". No diagrams were provided: call provideTalkEngine(app, { diagrams, … }) in the deck\'s setup/main.ts.')
  })

  describe('with diagrams drawn at build time', () => {
    /** What `slidev build` hands a slide for `spec` (node/plugin.ts), drawn here by the fake renderer. */
    async function built(spec: typeof flow, code = spec.code): Promise<() => Promise<{ default: DrawnDiagram }>> {
      const graph = await parseDiagram(spec.code)
      const svgId = drawnSvgId(spec.id)
      const svg = {
        light: fakeSvg(svgId, graph),
        dark: fakeSvg(svgId, graph),
      }
      return async () => ({
        default: {
          graph,
          svgId,
          svg,
          code: sourceHash({ code }),
        },
      })
    }

    it('shows the build\'s drawing, with no Mermaid at all', async () => {
      drawing.drawn = { flow: await built(flow) }
      drawing.live = false
      const wrapper = await mountDiagram('flow')
      expect(wrapper.attributes('data-drawn')).toBe('build')
      expect(render).not.toHaveBeenCalled()
      expect(ids(wrapper.element, '.ms-item.is-visible')).toEqual(['app'])
      // The slide's own id, so two copies of one drawing (presenter view, overview) never share ids.
      expect(wrapper.find('svg').attributes('id')).not.toBe(drawnSvgId('flow'))
      expect(wrapper.html()).not.toContain(drawnSvgId('flow'))
    })

    it('draws an edited diagram live where Mermaid is at hand (`slidev` dev)', async () => {
      drawing.drawn = { flow: await built(flow, `${flow.code}\n  %% an older source`) }
      const wrapper = await mountDiagram('flow')
      expect(wrapper.attributes('data-drawn')).toBe('live')
      expect(render).toHaveBeenCalledTimes(1)
    })

    it('says where to hand a diagram that a built deck was not given', async () => {
      drawing.live = false
      const wrapper = await mountDiagram('seq')
      expect(wrapper.find('[role="alert"]').text()).toContain('talks/toy/seq.ts: diagram "seq" does not render: "seq" was not drawn at build time and a built deck has no Mermaid to draw it: hand it to talkEngineDrawing({ diagrams }) in setup/vite-plugins.ts')
    })
  })
})
