import type { MaybeRefOrGetter, Ref } from 'vue'
import { onScopeDispose, readonly, ref, toValue, watch } from 'vue'

export interface CountUpOptions {
  /** Counting starts each time this turns true (slide entered, click reached). */
  active: MaybeRefOrGetter<boolean>
  /** Print/export, thumbnails, reduced motion: show the target, schedule nothing. */
  still?: MaybeRefOrGetter<boolean>
  /** Where counting starts; 0 unless the story needs a "before" value. */
  from?: MaybeRefOrGetter<number>
  /** Milliseconds. */
  duration?: number
  easing?: (t: number) => number
}

export const COUNT_UP_MS = 1200

/** Fast start, gentle landing: the last digits settle instead of snapping. */
export function easeOutCubic(t: number): number {
  return 1 - (1 - t) ** 3
}

/**
 * An eased count from `from` to `target`, one requestAnimationFrame per step.
 * Whenever it is not counting it rests exactly on the target, so leaving a
 * slide mid-count, going back, or printing never shows a partial or zero
 * figure; the last frame writes the target itself, not an eased approximation.
 */
export function useCountUp(target: MaybeRefOrGetter<number>, options: CountUpOptions): {
  value: Readonly<Ref<number>>
  running: Readonly<Ref<boolean>>
} {
  const duration = options.duration ?? COUNT_UP_MS
  const easing = options.easing ?? easeOutCubic
  const value = ref(toValue(target))
  const running = ref(false)
  let frame: number | undefined
  let startedAt = 0

  function rest() {
    if (frame !== undefined)
      cancelAnimationFrame(frame)
    frame = undefined
    running.value = false
    value.value = toValue(target)
  }

  function step() {
    const t = Math.min(1, Math.max(0, (performance.now() - startedAt) / duration))
    if (t >= 1) {
      rest()
      return
    }
    const from = toValue(options.from) ?? 0
    value.value = from + (toValue(target) - from) * easing(t)
    frame = requestAnimationFrame(step)
  }

  function start() {
    rest()
    if (duration <= 0)
      return
    running.value = true
    value.value = toValue(options.from) ?? 0
    startedAt = performance.now()
    frame = requestAnimationFrame(step)
  }

  watch(
    () => [!!toValue(options.active), !!toValue(options.still)] as const,
    ([active, still], previous) => {
      const wasActive = previous?.[0] ?? false
      if (still || !active)
        rest()
      else if (!wasActive)
        start()
    },
    { immediate: true },
  )

  // A new target while resting (hot reload, data change) must show at once.
  watch(() => toValue(target), () => {
    if (!running.value)
      value.value = toValue(target)
  })

  onScopeDispose(rest)

  return {
    value: readonly(value),
    running: readonly(running),
  }
}
