import type { DiagramModuleExports } from '../composables/useDiagram'
import type { DiagramGraph, DiagramModule } from '../logic/svg'
import type { DiagramSpec } from '../types'
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import { readingViewKey } from '../composables/useReadingView'
import { parseDiagram } from '../logic/mermaid'
import { diagramState } from '../logic/steps'
import { drawnSvgId, MermaidSyntaxError } from '../logic/svg'
import { flow, flowNamingMissingNode, seq } from './fixtures'

/*
 * Mermaid cannot lay out text in happy-dom (no getBBox), so a drawing here is an SVG with the structure
 * Mermaid 12 emits (ids, data-id, classes). The e2e specs check real drawings against the same model.
 */

const slide = vi.hoisted(() => ({ clicks: undefined as any, printMode: undefined as any }))

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
  }
})

const draw = vi.hoisted(() => vi.fn())
vi.mock('../logic/mermaid', async (importOriginal) => {
  const original = await importOriginal<typeof import('../logic/mermaid')>()
  return { ...original, drawDiagram: draw }
})

/** An SVG shaped like Mermaid's output for `graph`. */
function fakeSvg(svgId: string, graph: DiagramGraph): string {
  if (graph.kind === 'sequence') {
    return `<svg id="${svgId}" viewBox="0 0 100 50">${graph.nodes.map(n => `<g data-et="participant" data-id="${n}"></g><line data-et="life-line" data-id="${n}"></line>`).join('')}${
      graph.edges.map((_, i) => `<text class="messageText">m</text><line data-et="message" data-id="i${i}" x1="0" y1="${i}" x2="10" y2="${i}"></line>`).join('')}</svg>`
  }
  return `<svg id="${svgId}" viewBox="0 0 100 50"><g class="root"><g class="clusters">${graph.subgraphs.map(s => `<g class="cluster" id="${svgId}-${s}"></g>`).join('')}</g>`
    + `<g class="edgePaths">${graph.edges.map(e => `<path data-edge="true" data-id="${e}" d="M0,0L10,0"></path>`).join('')}</g>`
    + `<g class="edgeLabels">${graph.edges.map(e => `<g class="edgeLabel"><g class="label" data-id="${e}"></g></g>`).join('')}</g>`
    + `<g class="nodes">${graph.nodes.map((n, i) => `<g class="node" id="${svgId}-flowchart-${n}-${i}"></g>`).join('')}</g></g></svg>`
}

/** The module the engine's plugin makes for `spec`: drawn ahead, unless `live`, where the page must draw it. */
async function moduleOf(spec: DiagramSpec, { live = false, problems = [] as DiagramModule['problems'] } = {}): Promise<() => Promise<DiagramModuleExports>> {
  const source = {
    file: 'pages/toy.md',
    line: 4,
    codeLine: 10,
    slide: 3,
  }
  if (live) {
    return async () => ({
      default: { spec, source, problems },
      live: { font: 'Inter', icons: {} },
      draw: async () => await import('../logic/mermaid'),
    })
  }
  const graph = await parseDiagram(spec.code)
  const svgId = drawnSvgId(spec.id)
  return async () => ({
    default: {
      spec,
      source,
      problems,
      drawing: {
        graph,
        svgId,
        svg: fakeSvg(svgId, graph),
      },
    },
  })
}

const mounted: { unmount: () => void }[] = []

async function mountDiagram(spec: DiagramSpec, options: Parameters<typeof moduleOf>[1] = {}, reading = false) {
  const { default: MermaidSteps } = await import('../components/MermaidSteps.vue')
  const wrapper = mount(MermaidSteps, {
    props: { load: await moduleOf(spec, options), stepCount: spec.steps.length },
    attachTo: document.body,
    global: {
      provide: reading
        ? { [readingViewKey as symbol]: true }
        : {},
    },
  })
  mounted.push(wrapper)
  await vi.waitFor(async () => {
    await flushPromises()
    expect(wrapper.find('.ms-drawn').exists()).toBe(true)
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
  slide.clicks = ref(0)
  slide.printMode = ref(false)
  draw.mockReset()
  draw.mockImplementation(async ({ code }: { code: string }, svgId: string) => {
    const graph = await parseDiagram(code)
    return {
      graph,
      svg: fakeSvg(svgId, graph),
      svgId,
    }
  })
})

// A test that fails mid-way must not leave a component rendering into the next one.
afterEach(() => {
  mounted.splice(0).forEach(wrapper => wrapper.unmount())
})

// The first mount loads Mermaid's parser, which takes seconds on a busy machine.
describe('mermaidSteps', { timeout: 30_000 }, () => {
  it.each([flow, seq])('$id: each click toggles classes on the one drawing the engine made ahead', async (spec) => {
    const wrapper = await mountDiagram(spec)
    const root = wrapper.find(`[data-diagram="${spec.id}"]`).element
    expect(root.getAttribute('data-drawn')).toBe('plugin')
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
    expect(draw).not.toHaveBeenCalled()
    // The slide's own ids, so two copies of one drawing (presenter view, overview) never share ids.
    expect(wrapper.html()).not.toContain(drawnSvgId(spec.id))
  })

  it('draws the flow as a still route in print, without a moving packet', async () => {
    slide.printMode.value = true
    slide.clicks.value = flow.steps.length - 1
    const wrapper = await mountDiagram(flow)
    expect(wrapper.classes()).toContain('is-still')
    expect(ids(wrapper.element, '.ms-item.is-flowing')).toEqual([
      ...flow.steps.at(-1)!.flow!,
    ].sort())
    expect(wrapper.findAll('.ms-packets circle')).toHaveLength(0)
  })

  it('puts the caption in a polite live region and names the diagram by its accTitle and accDescr', async () => {
    const wrapper = await mountDiagram(seq)
    expect(wrapper.find('figcaption').attributes('aria-live')).toBe('polite')
    const canvas = wrapper.find('[role="img"]')
    expect(canvas.attributes('aria-label')).toBe('Toy handshake')
    expect(wrapper.find(`#${canvas.attributes('aria-describedby')}`).text()).toBe('Client and server say hello')
  })

  it('keeps the whole diagram in view when its camera is off', async () => {
    slide.clicks.value = 1
    const wrapper = await mountDiagram({ ...flow, camera: false })
    expect(wrapper.find('svg').attributes('data-zoom')).toBe('1')
  })

  it('shows the module\'s problems, where each is written, instead of a half-drawn diagram', async () => {
    const wrapper = await mountDiagram(flow, {
      problems: [
        {
          file: 'pages/toy.md',
          line: 7,
          slide: 3,
          diagram: 'flow',
          step: 1,
          message: 'names "gw2", which the diagram does not have',
        },
      ],
    })
    expect(wrapper.find('[role="alert"]').text()).toContain('pages/toy.md:7: slide 3, diagram "flow", step 1: names "gw2", which the diagram does not have')
    expect(wrapper.find('svg').exists()).toBe(false)
    expect(wrapper.find('figcaption').exists()).toBe(false)
  })

  describe('where no browser drew it at build time', () => {
    it('draws it in the page, once', async () => {
      const wrapper = await mountDiagram(flow, { live: true })
      expect(wrapper.attributes('data-drawn')).toBe('page')
      expect(draw).toHaveBeenCalledTimes(1)
      expect(draw.mock.calls[0][2]).toBe('Inter')
      expect(ids(wrapper.element, '.ms-item.is-visible')).toEqual(['app'])
    })

    it('points Mermaid\'s error at its line in the slide file', async () => {
      draw.mockRejectedValueOnce(new MermaidSyntaxError('Parse error on line 7: nope', 7))
      const wrapper = await mountDiagram(seq, { live: true })
      // The Mermaid source starts on line 10 of the file: its line 7 is line 16.
      expect(wrapper.find('[role="alert"]').text()).toContain('pages/toy.md:16: slide 3, diagram "seq": Parse error on line 7: nope (Mermaid line 7)')
    })

    it('names the step and the id a step names that the diagram lacks', async () => {
      const wrapper = await mountDiagram(flowNamingMissingNode, { live: true })
      expect(wrapper.find('[role="alert"]').text()).toContain('pages/toy.md:4: slide 3, diagram "flow", step 1: names "gw2", which the diagram does not have')
    })
  })

  it('in a reading view, is a document: one framed picture per step, with its caption', async () => {
    const wrapper = await mountDiagram(flow, {}, true)
    const figures = wrapper.findAll('figure.ms-doc-step')
    expect(figures.map(f => f.find('figcaption').text())).toEqual(flow.steps.map((s, i) => `${i + 1} / ${flow.steps.length} ${s.caption}`))
    figures.forEach((figure, k) => {
      expect(ids(figure.element, '.ms-item.is-visible')).toEqual([
        ...diagramState(flow, k).visible,
      ].sort())
      expect(figure.find('svg').attributes('viewBox')).toBeDefined()
    })
    expect(wrapper.find('.ms-packets').exists()).toBe(false)
    await wrapper.find('button.ms-doc-open').trigger('click')
    expect(wrapper.find('[role="dialog"] svg').exists()).toBe(true)
    await flushPromises()
    expect(document.activeElement?.textContent?.trim()).toBe('Close')
    await wrapper.find('[role="dialog"]').trigger('keydown', { key: 'Escape' })
    expect(wrapper.find('[role="dialog"]').exists()).toBe(false)
  })
})
