import type { InjectionKey } from 'vue'
import { inject } from 'vue'

/**
 * Provided by a deck's reading view, where slides are sections of one scrolling document (a phone):
 * the engine's components then lay themselves out as a document, every diagram step in turn.
 */
export const readingViewKey: InjectionKey<boolean> = Symbol('slidev-addon-talk-engine:reading-view')

/** Whether this component is in a reading view (see `readingViewKey`). */
export function useReadingView(): boolean {
  return inject(readingViewKey, false)
}
