import { useNav, useSlideContext } from '@slidev/client'
import { usePreferredReducedMotion } from '@vueuse/core'
import { computed } from 'vue'

/**
 * True where motion must not run: print/export (a PDF page is one frame),
 * thumbnails (overview, next-slide preview) and `prefers-reduced-motion`.
 * Animated components then render their final state at once.
 */
export function useStillFrames() {
  const { isPrintMode } = useNav()
  const { $renderContext } = useSlideContext()
  const motion = usePreferredReducedMotion()
  return computed(() =>
    isPrintMode.value
    || motion.value === 'reduce'
    || ($renderContext.value !== 'slide' && $renderContext.value !== 'presenter'),
  )
}
