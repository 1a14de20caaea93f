/**
 * When a request for the slide view opens the reading view instead (setup/routes.ts asks before the
 * slide view loads). A phone held upright gets the talk as a document; everything else keeps the
 * slides: a desktop, a tablet in landscape, the presenter view, print and export, the overview, and
 * whoever chose the slides with the reading view's "Slides" link.
 */

/** The reading view's path under the deck's base: `<base>read`. */
export const READING_PATH = '/read'

/** Where the reader's choice of view is kept for the visit (sessionStorage: this tab, until it closes). */
export const VIEW_CHOICE_KEY = 'platform-at-scale:view'

/** Chosen with the reading view's "Slides" link: no switching by itself for the rest of the visit. */
export const SLIDES_CHOSEN = 'slides'

/** Wider than this (CSS px), a screen shows a slide large enough to read. */
const NARROW_MAX_WIDTH = 600

export interface Screen { width: number, height: number }

/** A phone held upright: narrow, and taller than wide. */
export function isNarrowPortrait({ width, height }: Screen): boolean {
  return width <= NARROW_MAX_WIDTH && height > width
}

/** What the switch reads of the route being entered (vue-router's `to`). */
export interface SlideRequest {
  params: Record<string, unknown>
  query: Record<string, unknown>
}

/** Queries that render slides for a machine or another page (`?print`, Slidev's `?embedded`): never switched. */
const SLIDE_RENDERING_QUERIES = ['print', 'embedded']

/** The reading view's place for slide `no`: its section's anchor; slide 1 is the top of the page. */
export function readingLocation(no: number): { path: string, hash: string } {
  return {
    path: READING_PATH,
    hash: no > 1
      ? `#${no}`
      : '',
  }
}

/**
 * Where a request for slide `to.params.no` of the slide view goes instead: the reading view at that
 * slide, or undefined to open the slides. `choice` is the visit's stored choice (`VIEW_CHOICE_KEY`).
 */
export function readingRedirect(to: SlideRequest, screen: Screen, choice: string | null): { path: string, hash: string } | undefined {
  if (choice === SLIDES_CHOSEN || !isNarrowPortrait(screen))
    return undefined
  if (SLIDE_RENDERING_QUERIES.some(key => key in to.query))
    return undefined
  const no = Number(to.params.no)
  return readingLocation(Number.isInteger(no) && no > 0
    ? no
    : 1)
}
