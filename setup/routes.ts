import { defineRoutesSetup } from '@slidev/types'
import { READING_PATH, readingRedirect, VIEW_CHOICE_KEY } from './reading-switch'

/** The visit's choice of view; storage a browser refuses (a locked-down profile) is no choice. */
function storedChoice(): string | null {
  try {
    return sessionStorage.getItem(VIEW_CHOICE_KEY)
  }
  catch {
    return null
  }
}

/**
 * The reading view at `<base>read`, and the switch to it: a guard on Slidev's slide view (`<base>N`,
 * and `<base>`, which Slidev redirects to `/1`) that sends a phone held upright to the reading view
 * before the slide view's code is even fetched. The presenter view, print, export, the overview and the
 * dev server's other pages are other routes and never switch.
 */
export default defineRoutesSetup(routes => [
  {
    name: 'read',
    path: READING_PATH,
    component: () => import('../components/ReadingView.vue'),
  },
  ...routes.map(route => route.name === 'play'
    ? {
        ...route,
        beforeEnter: (to: Parameters<typeof readingRedirect>[0]) =>
          readingRedirect(to, { width: window.innerWidth, height: window.innerHeight }, storedChoice()) ?? true,
      }
    : route),
])
