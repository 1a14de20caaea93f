import type { TestProject } from 'vitest/node'
import { CHROMIUM_ARGS, findBrowser } from 'slidev-addon-talk-engine/browser'

/** The Chromium the deck draws and exports with, and its flags, for tests that draw in a real browser (the engine's drawing test). */
export default function setup(project: TestProject) {
  project.provide('chromium', {
    executablePath: findBrowser(),
    args: CHROMIUM_ARGS,
  })
}

declare module 'vitest' {
  export interface ProvidedContext {
    chromium: { executablePath: string, args: string[] }
  }
}
