import type { Locator } from '@playwright/test'
import type { DiagramSpec } from 'slidev-addon-talk-engine'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { diagramState } from 'slidev-addon-talk-engine'
import { expect } from './deck'

/** What a diagram shows, read back from the DOM: ids by state class, the caption and the moving requests. */
export async function shownState(diagram: Locator) {
  // The first render measures every label; give a busy machine time.
  await expect(diagram).toHaveAttribute('data-ready', 'true', { timeout: 20_000 })
  return diagram.evaluate((root) => {
    const ids = (selector: string) => [
      ...new Set([
        ...root.querySelectorAll<HTMLElement>(selector),
      ].map(el => el.dataset.id!)),
    ].sort()
    return {
      step: Number(root.getAttribute('data-step')),
      visible: ids('.ms-item.is-visible'),
      highlighted: ids('.ms-item.is-highlighted'),
      flowing: ids('.ms-item.is-flowing'),
      all: ids('.ms-item'),
      caption: root.querySelector('figcaption')?.textContent?.trim() ?? '',
      packets: root.querySelectorAll('.ms-packets circle').length,
    }
  })
}

/** What the step model says a diagram shows at click `k`, in the same shape. */
export function expectedState(spec: DiagramSpec, k: number) {
  const state = diagramState(spec, k)
  return {
    step: state.step,
    visible: [...state.visible].sort(),
    highlighted: [...state.highlighted].sort(),
    flowing: [
      ...new Set(state.flowing),
    ].sort(),
    caption: state.caption,
  }
}

/** Files under `assets/` that carry Mermaid's core or ELK's layout: strings only they hold. */
export const MERMAID_OR_ELK = /mermaidAPI|org\.eclipse\.elk/

/** The scripts of a built site: every `.js` file under its `assets` folder, at any depth, relative to it. */
export function assetScripts(assets: string): string[] {
  return readdirSync(assets, { recursive: true, encoding: 'utf8' }).filter(file => file.endsWith('.js'))
}

/** Which of `scripts` (by default all under `assets`) carry Mermaid or ELK (`MERMAID_OR_ELK`): a built deck should ship none. */
export function mermaidCarriers(assets: string, scripts = assetScripts(assets)): string[] {
  return scripts.filter(file => MERMAID_OR_ELK.test(readFileSync(join(assets, file), 'utf8')))
}
