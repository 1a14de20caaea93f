// @vitest-environment node
import type { MarkdownTransformContext } from '@slidev/types'
import { describe, expect, it } from 'vitest'
import { diagramTag, transformDiagrams } from '../node/transformer'
import { flow, written } from './fixtures'

/** Slidev's transform context for one slide of `pages/toy.md`, its Markdown as a string that records overwrites. */
function context(markdown: string) {
  let text = markdown
  const s = {
    toString: () => text,
    overwrite(start: number, end: number, content: string) {
      text = text.slice(0, start) + content + text.slice(end)
    },
  }
  return {
    ctx: {
      s,
      slide: {
        index: 2,
        source: {
          filepath: '/deck/pages/toy.md',
          index: 0,
          content: markdown,
          contentStart: 0,
        },
      },
      options: { userRoot: '/deck' },
    } as unknown as MarkdownTransformContext,
    result: () => text,
  }
}

describe('the Markdown transform', () => {
  it('turns a written diagram into the component with its module, its step count and its `at`', () => {
    const { ctx, result } = context(`# Toy\n\n${written(flow)}\n\nAfter.`)
    transformDiagrams(ctx)
    expect(result()).toBe(`# Toy\n\n<MermaidSteps :load="() => import('virtual:talk-engine/diagram/flow')" :step-count="3" />\n\nAfter.`)
  })

  it('writes `at` as the literal it was', () => {
    const block = {
      spec: { ...flow, at: '+2' },
    } as Parameters<typeof diagramTag>[0]
    expect(diagramTag(block)).toContain(':at="\'+2\'"')
    expect(diagramTag({
      spec: { ...flow, at: 3 },
    } as Parameters<typeof diagramTag>[0])).toContain(':at="3"')
  })

  it('leaves Slidev\'s own ```mermaid and a slide without diagrams as they are', () => {
    const plain = '# Plain\n\n```mermaid\nflowchart LR\n  a --> b\n```\n'
    const { ctx, result } = context(plain)
    transformDiagrams(ctx)
    expect(result()).toBe(plain)
  })
})
