import type { Ref } from 'vue'
import { useSlideContext } from '@slidev/client'
import { CLICKS_MAX } from '@slidev/client/constants.ts'
import { onMounted, onUnmounted, ref, useId, watch } from 'vue'

/**
 * Owns `size` clicks of the slide from `at`, as Slidev's own `v-click` and `VSwitch` do, so a slide
 * needs no `clicks:` count, and returns how many of them have happened: 0 before the first, `size`
 * once all have. Where Slidev gives no range (print without clicks) every click has happened.
 */
export function useClickRange(at: string | number, size: number): Readonly<Ref<number>> {
  const { $clicksContext: clicks } = useSlideContext()
  const done = ref(0)
  const id = `talk-engine-${useId()}`
  onMounted(() => {
    const info = clicks.calculateSince(at, size)
    if (!info) {
      done.value = CLICKS_MAX
      return
    }
    clicks.register(id, info)
    // `currentOffset` is -1 before the range's first click, as in Slidev's VSwitch.
    watch(() => info.currentOffset.value + 1, (offset) => {
      done.value = offset
    }, { immediate: true, flush: 'sync' })
  })
  onUnmounted(() => clicks.unregister(id))
  return done
}
