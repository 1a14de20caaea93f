import { describe, expect, it } from 'vitest'
import { checkDiagramRefs } from '../../../scripts/lib/deck-rules'
import { faulty, lineOf, messages, slideNo } from './support'

describe('diagrams', () => {
  it('rejects a <MermaidSteps> naming a diagram that does not exist', async () => {
    const { root, deck } = await faulty('pages/gateway.md', '<MermaidSteps diagram="gateway" />', '<MermaidSteps diagram="gatewy" />')
    const line = lineOf(root, 'pages/gateway.md', 'diagram="gatewy"')
    expect(messages(await checkDiagramRefs(deck))).toEqual([
      `pages/gateway.md:${line} (slide ${slideNo(deck, 'pages/gateway.md', 'diagram="gatewy"')}): diagrams: <MermaidSteps diagram="gatewy">: no such diagram in data/diagrams (known: gateway, dns, connectivity, handshake, pipeline)`,
    ])
  }, 30_000)

  it('reports a broken diagram through checkDiagrams(), at the slide that shows it', async () => {
    const { root, deck } = await faulty('data/diagrams/dns.ts', '  root[internal.com]', '  root[internal.com')
    const line = lineOf(root, 'data/diagrams/dns.ts', 'root[internal.com')
    const problems = messages(await checkDiagramRefs(deck))
    expect(problems).toHaveLength(1)
    // Mermaid's own wording, cut to one line: where, what it expected, and the diagram line.
    expect(problems[0]).toMatch(new RegExp(`^data/diagrams/dns\\.ts:${line} \\(slide ${slideNo(deck, 'pages/dns.md', '<MermaidSteps diagram="dns"')}\\): diagrams: diagram "dns" does not parse: Parse error on line \\d+: Expecting 'SQE', .* got 'SQS' \\(Mermaid line 10\\)$`))
  }, 30_000)
})
