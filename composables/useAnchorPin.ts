import type { Ref } from 'vue'
import { useEventListener, useResizeObserver } from '@vueuse/core'
import { shallowRef } from 'vue'

/** What a reader does to move the page: from then on the page is theirs. */
const READER_MOVES = [
  'wheel',
  'touchstart',
  'keydown',
  'pointerdown',
] as const

/**
 * Keeps the section a link points to (`<base>read#12`) at the top of the screen while the sections
 * above it draw and grow, until the reader scrolls, taps or presses a key. Browsers without scroll
 * anchoring (Safari) would otherwise slide the target away as each slide above it mounts.
 */
export function useAnchorPin(document: Ref<HTMLElement | null | undefined>): (target: HTMLElement | null) => void {
  const pinned = shallowRef<HTMLElement | null>(null)
  const align = () => pinned.value?.scrollIntoView({ block: 'start' })
  useResizeObserver(document, align)
  for (const move of READER_MOVES)
    useEventListener(window, move, () => pinned.value = null, { passive: true })
  return (target) => {
    pinned.value = target
    align()
  }
}
