import { useNav, useSlideContext } from '@slidev/client'
import { usePreferredReducedMotion } from '@vueuse/core'
import { computed } from 'vue'
import { useReadingView } from './useReadingView'

/**
 * True where motion must not run: print/export (a PDF page is one frame), thumbnails (overview,
 * next-slide preview), a reading view and `prefers-reduced-motion`. Animated components then render
 * their final state at once.
 */
export function useStillFrames() {
  const { isPrintMode } = useNav()
  const { $renderContext } = useSlideContext()
  const motion = usePreferredReducedMotion()
  const reading = useReadingView()
  return computed(() =>
    reading
    || isPrintMode.value
    || motion.value === 'reduce'
    || ($renderContext.value !== 'slide' && $renderContext.value !== 'presenter'),
  )
}
