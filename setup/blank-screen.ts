import type { ShortcutOptions } from '@slidev/types'

/**
 * A blank screen, as PowerPoint and Keynote give one and presentation remotes ask for it: the room
 * sees black or white while the slide, its clicks and its camera stay as they were underneath.
 * Plain logic over a state object, so that it does not know where the state lives (Slidev's shared
 * state, which keeps presenter and audience windows in step) and can move into an addon as it is.
 */
export type Blank = 'black' | 'white'

/** The state the blank screen lives in: one field beside Slidev's page and clicks. */
export interface BlankState { blank?: Blank | null }

/** The keys remotes send: Logitech's R400/R800 send "." and Kensington's send "b"; "w" and "," as PowerPoint. */
export const BLANK_KEYS: Record<string, Blank> = {
  'b': 'black',
  '.': 'black',
  'w': 'white',
  ',': 'white',
}

/** Slidev's own shortcuts that move through the talk (logic/shortcuts' names): on a blank screen they bring the slide back instead. */
export const NAVIGATION_SHORTCUTS = new Set([
  'next_space',
  'prev_space',
  'next_right',
  'prev_left',
  'next_page_key',
  'prev_page_key',
  'next_down',
  'prev_up',
  'next_shift',
  'prev_shift',
])

/** The same colour again brings the slide back; the other colour switches to it. */
export function toggleBlank(state: BlankState, colour: Blank): void {
  state.blank = state.blank === colour
    ? null
    : colour
}

/**
 * Slidev's shortcuts with the blank screen added: its keys, each made a Slidev key by `key` (which
 * adds the conditions, such as no overview open), and its navigation, which on a blank screen only
 * ends the blank, so the room sees the slide it left, not the next one.
 */
export function withBlankScreen(state: BlankState, shortcuts: ShortcutOptions[], key: (name: string) => ShortcutOptions['key']): ShortcutOptions[] {
  const navigation = shortcuts.map(shortcut => shortcut.name && shortcut.fn && NAVIGATION_SHORTCUTS.has(shortcut.name)
    ? {
        ...shortcut,
        fn: () => state.blank
          ? state.blank = null
          : shortcut.fn!(),
      }
    : shortcut)
  const blanks = Object.entries(BLANK_KEYS).map(([name, colour]) => ({
    name: `blank_${colour}_${name}`,
    key: key(name),
    fn: () => toggleBlank(state, colour),
  }))
  return [
    ...navigation,
    ...blanks,
  ]
}
