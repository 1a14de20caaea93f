import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick, ref } from 'vue'
import { COUNT_UP_MS, easeOutCubic, useCountUp } from '../composables/useCountUp'

/** Runs the composable in a scope we can dispose, as a component would. */
function mount(options: Parameters<typeof useCountUp>[1], target = ref(99.9)) {
  const scope = effectScope()
  const counter = scope.run(() => useCountUp(target, options))!
  return {
    ...counter,
    target,
    stop: () => scope.stop(),
  }
}

let raf: ReturnType<typeof vi.spyOn>

beforeEach(() => {
  vi.useFakeTimers({
    toFake: [
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'performance',
      'Date',
    ],
  })
  raf = vi.spyOn(globalThis, 'requestAnimationFrame')
})

afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe('easeOutCubic', () => {
  it('starts at 0, ends at 1 and front-loads the motion', () => {
    expect(easeOutCubic(0)).toBe(0)
    expect(easeOutCubic(1)).toBe(1)
    expect(easeOutCubic(0.5)).toBeGreaterThan(0.5)
  })
})

describe('useCountUp', () => {
  it('counts up with easing and lands exactly on the target', () => {
    const { value, running } = mount({ active: true })
    expect(value.value).toBe(0)
    expect(running.value).toBe(true)

    vi.advanceTimersByTime(COUNT_UP_MS / 2)
    const half = value.value
    expect(half).toBeGreaterThan(99.9 / 2) // ease-out: more than half way at half time
    expect(half).toBeLessThan(99.9)

    vi.advanceTimersByTime(COUNT_UP_MS / 4)
    expect(value.value).toBeGreaterThan(half)

    vi.advanceTimersByTime(COUNT_UP_MS)
    expect(value.value).toBe(99.9)
    expect(running.value).toBe(false)
  })

  it('stops scheduling frames once it has landed', () => {
    mount({ active: true })
    vi.advanceTimersByTime(COUNT_UP_MS + 100)
    const calls = raf.mock.calls.length
    vi.advanceTimersByTime(COUNT_UP_MS)
    expect(raf.mock.calls.length).toBe(calls)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('shows the target at once and schedules no frame in still frames', () => {
    const { value, running } = mount({ active: true, still: true })
    expect(value.value).toBe(99.9)
    expect(running.value).toBe(false)
    expect(raf).not.toHaveBeenCalled()
    vi.advanceTimersByTime(COUNT_UP_MS)
    expect(raf).not.toHaveBeenCalled()
  })

  it('rests on the target, not 0, before it is activated', () => {
    const { value } = mount({ active: false })
    expect(value.value).toBe(99.9)
    expect(raf).not.toHaveBeenCalled()
  })

  it('counts from a given start', () => {
    const { value } = mount({ active: true, from: 96.33 })
    expect(value.value).toBe(96.33)
    vi.advanceTimersByTime(COUNT_UP_MS / 3)
    expect(value.value).toBeGreaterThan(96.33)
    vi.advanceTimersByTime(COUNT_UP_MS)
    expect(value.value).toBe(99.9)
  })

  it('jumps to the target when deactivated mid-count, and restarts cleanly', async () => {
    const active = ref(true)
    const { value, running } = mount({ active })
    vi.advanceTimersByTime(COUNT_UP_MS / 3)
    expect(value.value).toBeLessThan(99.9)

    active.value = false // slide left mid-count
    await nextTick()
    expect(value.value).toBe(99.9)
    expect(running.value).toBe(false)
    expect(vi.getTimerCount()).toBe(0)

    active.value = true // revisited
    await nextTick()
    expect(value.value).toBe(0)
    vi.advanceTimersByTime(COUNT_UP_MS)
    expect(value.value).toBe(99.9)
  })

  it('does not restart while it stays active', async () => {
    const active = ref(true)
    const { value } = mount({ active })
    vi.advanceTimersByTime(COUNT_UP_MS * 2)
    active.value = true
    await nextTick()
    expect(value.value).toBe(99.9)
  })

  it('lands on the target if motion is turned off mid-count', async () => {
    const still = ref(false)
    const { value } = mount({ active: true, still })
    vi.advanceTimersByTime(COUNT_UP_MS / 4)
    still.value = true
    await nextTick()
    expect(value.value).toBe(99.9)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('follows a new target at rest', async () => {
    const { value, target } = mount({ active: false })
    target.value = 127
    await nextTick()
    expect(value.value).toBe(127)
  })

  it('cancels its frame when its component goes away', () => {
    const { stop } = mount({ active: true })
    vi.advanceTimersByTime(COUNT_UP_MS / 4)
    stop()
    expect(vi.getTimerCount()).toBe(0)
  })
})
