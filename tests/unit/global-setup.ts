import type { TestProject } from 'vitest/node'
import { findBrowser } from '../../scripts/lib/browser'

/** The Chromium the deck draws and exports with, for tests that draw in a real browser (the engine's drawing test). */
export default function setup(project: TestProject) {
  project.provide('chromium', findBrowser())
}

declare module 'vitest' {
  export interface ProvidedContext {
    chromium: string
  }
}
