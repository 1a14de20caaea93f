import { mount as mountWith } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick, ref } from 'vue'
import MetricCounter from '../components/MetricCounter.vue'
import { COUNT_UP_MS } from '../composables/useCountUp'
import { metricsKey } from '../composables/useMetrics'
import { metrics } from './fixtures'

// Slidev's own clicks context, driven by a ref, so `at` behaves as on a slide.
const slide = vi.hoisted(() => ({
  clicks: undefined as unknown as import('vue').Ref<number>,
  active: undefined as unknown as import('vue').Ref<boolean>,
  still: undefined as unknown as import('vue').Ref<boolean>,
  context: undefined as unknown as import('@slidev/types').ClicksContext,
}))

vi.mock('@slidev/client', async () => {
  const { computed, ref } = await import('vue')
  return {
    useSlideContext: () => ({
      $clicksContext: slide.context,
      $page: ref(7),
    }),
    useIsSlideActive: () => computed(() => slide.active.value),
  }
})
vi.mock('../composables/useStillFrames', async () => {
  const { computed } = await import('vue')
  return {
    useStillFrames: () => computed(() => slide.still.value),
  }
})

beforeEach(async () => {
  (globalThis as Record<string, unknown>).__DEV__ = false
  const { createClicksContextBase } = await import('@slidev/client/composables/useClicks.ts')
  slide.clicks = ref(0)
  slide.active = ref(true)
  slide.still = ref(false)
  // A fixed total stands in for the slide having mounted and counted its clicks.
  slide.context = createClicksContextBase(slide.clicks, 0, 10)
  vi.useFakeTimers({
    toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'performance'],
  })
})

afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

/** Mounts a counter with the fixture metrics provided, as a deck's setup/main.ts provides its own. */
function mount(component: typeof MetricCounter, options: { props: InstanceType<typeof MetricCounter>['$props'] }) {
  return mountWith(component, {
    ...options,
    global: {
      provide: { [metricsKey as symbol]: metrics },
    },
  })
}

const figure = (w: ReturnType<typeof mount>) => w.get('[data-role="figure"]').text()

describe('metricCounter', () => {
  it('shows the exact figure at once in still frames, with no extra copies', () => {
    slide.still.value = true
    const raf = vi.spyOn(globalThis, 'requestAnimationFrame')
    const w = mount(MetricCounter, {
      props: { metric: 'rps' },
    })
    expect(figure(w)).toBe('3.39M')
    expect(w.attributes()).toMatchObject({ 'data-metric': 'rps', 'data-final': '3.39M', 'data-state': 'rest' })
    expect(w.text()).toBe('3.39M') // nothing partial or duplicated for PDF text
    expect(raf).not.toHaveBeenCalled()
  })

  it('counts up in the declared format and lands on the exact figure', async () => {
    const w = mount(MetricCounter, {
      props: { metric: 'rate' },
    })
    expect(figure(w)).toBe('0.00%')
    expect(w.attributes('data-state')).toBe('counting')
    vi.advanceTimersByTime(COUNT_UP_MS / 2)
    await nextTick()
    expect(figure(w)).toMatch(/^\d{2}\.\d{2}%$/)
    expect(figure(w)).not.toBe('99.90%')
    vi.advanceTimersByTime(COUNT_UP_MS)
    await nextTick()
    expect(figure(w)).toBe('99.90%')
    expect(w.attributes('data-state')).toBe('rest')
  })

  it('keeps the final string in the DOM for width and screen readers while counting', () => {
    const w = mount(MetricCounter, {
      props: { metric: 'rps' },
    })
    expect(w.get('.metric-ghost').text()).toBe('3.39M')
    expect(w.get('.metric-ghost').attributes('aria-hidden')).toBe('true')
    expect(w.get('[data-role="figure"]').attributes('aria-hidden')).toBe('true')
    expect(w.get('.metric-sr').text()).toBe('3.39M')
  })

  it('waits for its click, like v-click, then counts', async () => {
    const w = mount(MetricCounter, {
      props: { metric: 'clusters', at: 1 },
    })
    await nextTick()
    expect([
      ...slide.context.maxMap.values(),
    ]).toEqual([1])
    expect(w.classes()).toContain('slidev-vclick-hidden')
    expect(figure(w)).toBe('50+') // resting on the final value while hidden, never 0

    slide.clicks.value = 1
    await nextTick()
    expect(w.classes()).not.toContain('slidev-vclick-hidden')
    expect(figure(w)).toBe('0+')
    vi.advanceTimersByTime(COUNT_UP_MS + 50)
    await nextTick()
    expect(figure(w)).toBe('50+')

    slide.clicks.value = 0 // back before its click
    await nextTick()
    expect(w.classes()).toContain('slidev-vclick-hidden')
    expect(figure(w)).toBe('50+')
  })

  it('takes a relative `at`, adding one click to the slide', async () => {
    mount(MetricCounter, {
      props: { metric: 'clusters', at: '+1' },
    })
    await nextTick()
    expect(slide.context.currentOffset).toBe(1)
    expect([
      ...slide.context.maxMap.values(),
    ]).toEqual([1])
  })

  it('restarts when its slide is entered again and rests exactly when left', async () => {
    const w = mount(MetricCounter, {
      props: { metric: 'devices' },
    })
    vi.advanceTimersByTime(COUNT_UP_MS / 3)
    await nextTick()
    expect(figure(w)).not.toBe('127')

    slide.active.value = false
    await nextTick()
    expect(figure(w)).toBe('127')

    slide.active.value = true
    await nextTick()
    expect(figure(w)).toBe('0')
    vi.advanceTimersByTime(COUNT_UP_MS + 50)
    await nextTick()
    expect(figure(w)).toBe('127')
  })

  it('counts from `from` when given', () => {
    const w = mount(MetricCounter, {
      props: { metric: 'rate', from: 96.33 },
    })
    expect(figure(w)).toBe('96.33%')
  })

  it('shows the data label or an override', () => {
    const withData = mount(MetricCounter, {
      props: { metric: 'clusters', showLabel: true },
    })
    expect(withData.get('.metric-label').text()).toBe('clusters across regions')
    const override = mount(MetricCounter, {
      props: { metric: 'clusters', label: 'clusters' },
    })
    expect(override.get('.metric-label').text()).toBe('clusters')
    expect(mount(MetricCounter, {
      props: { metric: 'clusters' },
    }).find('.metric-label').exists()).toBe(false)
  })

  it('renders a visible error naming an unknown metric and logs it', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const w = mount(MetricCounter, {
      props: { metric: 'rPS' as never },
    })
    expect(w.get('[role="alert"]').text()).toContain('"rPS" (slide 7)')
    expect(error).toHaveBeenCalledWith(expect.stringContaining('Unknown metric "rPS"'))
  })

  it('renders a visible error naming a metric whose value is not a number, and the slide', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const broken = {
      rps: { ...metrics.rps, value: '3.39' as unknown as number },
    }
    const w = mountWith(MetricCounter, {
      props: { metric: 'rps' },
      global: {
        provide: { [metricsKey as symbol]: broken },
      },
    })
    expect(w.get('[role="alert"]').text()).toBe('MetricCounter: formatMetric: metric "rps" (slide 7) value is not a number: "3.39"')
  })

  it('counts a figure given on the slide itself, with a short format, and no metrics provided', async () => {
    const w = mountWith(MetricCounter, {
      props: { value: 1_250_000, format: 'millions:2', label: 'users' },
    })
    vi.advanceTimersByTime(COUNT_UP_MS + 100)
    await nextTick()
    expect(w.get('[data-role="figure"]').text()).toBe('1.25M')
    expect(w.text()).toContain('users')
  })

  it('names a bad short format or a value that is not a number on the slide', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(mountWith(MetricCounter, {
      props: { value: 5, format: 'milions:2' },
    }).get('[role="alert"]').text())
      .toContain('a counter needs metric="<name>", or :value and a format such as format="millions:2"')
    expect(mountWith(MetricCounter, {
      props: { value: Number.NaN, format: 'percent:1' },
    }).get('[role="alert"]').text())
      .toContain('value is not finite')
  })
})
