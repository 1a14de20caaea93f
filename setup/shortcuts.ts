import type { BlankState } from './blank-screen'
import { sharedState } from '@slidev/client'
import { fullscreen, magicKeys, showOverview } from '@slidev/client/state/storage.ts'
import { defineShortcutsSetup } from '@slidev/types'
import { useEventListener } from '@vueuse/core'
import { computed } from 'vue'
import { withBlankScreen } from './blank-screen'

/**
 * The keys presentation remotes send besides PageUp/PageDown: "b"/"." black the screen and "w"/","
 * white it (Slidev's shared state carries it to the audience window), and F5 / Shift+F5, their
 * "start" button, go full screen where the deck is instead of reloading the page. Esc leaves full
 * screen as the browser does. Slidev registers shortcuts in the slideshow and the presenter view only,
 * so none of this reaches print, export or the overview page.
 */
export default defineShortcutsSetup((_nav, shortcuts) => {
  useEventListener(window, 'keydown', (event: KeyboardEvent) => {
    if (event.key !== 'F5')
      return
    event.preventDefault()
    if (!fullscreen.isFullscreen.value)
      void fullscreen.enter()
  })
  const { ctrl, meta, alt } = magicKeys
  // Ctrl+W and the like stay the browser's; the overview's keys stay the overview's.
  return withBlankScreen(sharedState as BlankState, shortcuts, name => computed(() =>
    magicKeys[name].value && !showOverview.value && !ctrl.value && !meta.value && !alt.value))
})
