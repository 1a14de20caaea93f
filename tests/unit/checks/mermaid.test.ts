import { describe, expect, it } from 'vitest'
import { checkMermaidBlocks, formatProblem } from '../../../scripts/lib/deck-rules'
import { faulty, lineOf, slideNo } from './support'

describe('mermaid', () => {
  it('names the file, slide and line of a syntax error in a ```mermaid block', async () => {
    const { root, deck } = await faulty('pages/dns.md', '# What the DNS work delivered\n', '# What the DNS work delivered\n\n```mermaid\nflowchart LR\n  a --> b\n  b --> --> c\n```\n')
    const line = lineOf(root, 'pages/dns.md', 'b --> --> c')
    const problems = await checkMermaidBlocks(deck)
    expect(problems).toHaveLength(1)
    expect(formatProblem(problems[0])).toMatch(new RegExp(`^pages/dns\\.md:${line} \\(slide ${slideNo(deck, 'pages/dns.md', '# What the DNS work delivered')}\\): mermaid: mermaid block does not parse \\(Mermaid line 3\\): Parse error on line 3:`))
  }, 30_000)

  it('accepts a valid block of a kind that does not build up by steps', async () => {
    const { deck } = await faulty('pages/dns.md', '# What the DNS work delivered\n', '# What the DNS work delivered\n\n```mermaid {scale: 0.8}\npie title Zones\n  "prod" : 3\n  "dev" : 1\n```\n')
    expect(await checkMermaidBlocks(deck)).toEqual([])
  }, 30_000)
})
