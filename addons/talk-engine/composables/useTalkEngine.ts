import type { App, InjectionKey } from 'vue'
import type { TalkEngineData } from '../types'
import { inject } from 'vue'

/** The key a deck's data is provided under; `provideTalkEngine` is the usual way to use it. */
export const talkEngineKey: InjectionKey<TalkEngineData> = Symbol('slidev-addon-talk-engine')

/**
 * Hands the deck's diagrams, metrics and icon packs to every engine component.
 * Call it from the deck's `setup/main.ts`:
 *
 *   export default defineAppSetup(({ app }) => provideTalkEngine(app, { diagrams, metrics }))
 */
export function provideTalkEngine(app: App, data: TalkEngineData): void {
  app.provide(talkEngineKey, data)
}

const empty: TalkEngineData = { diagrams: {}, metrics: {} }

/**
 * The deck's data, or an empty registry when none was provided, so every
 * component then shows its own error box ("Unknown diagram …", "Unknown metric …")
 * naming what is missing instead of throwing.
 */
export function useTalkEngine(): TalkEngineData & { provided: boolean } {
  const data = inject(talkEngineKey, undefined)
  return {
    ...(data ?? empty),
    provided: data !== undefined,
  }
}

/** The prefix of a diagram's error messages: `data/diagrams/gateway.ts: ` from the deck's `diagramFile`, else nothing. */
export function diagramSource(data: Pick<TalkEngineData, 'diagramFile'>, id: string): string {
  const file = data.diagramFile?.(id)
  return file
    ? `${file}: `
    : ''
}
