import { describe, expect, it } from 'vitest'
import { checkDiagrams } from '../../../scripts/lib/deck-rules'
import { faulty, lineOf, messages, slideNo } from './support'

/** The diagrams rule is the engine's own check, run without a browser on a deck with one fault planted. */
describe('diagrams', () => {
  it('points a Mermaid syntax error at its line in the slide file, with Mermaid\'s own words', async () => {
    const { root, deck } = await faulty('pages/dns.md', '  root[internal.com]', '  root[internal.com')
    const line = lineOf(root, 'pages/dns.md', 'root[internal.com')
    const problems = messages(await checkDiagrams(deck))
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(new RegExp(`^pages/dns\\.md:${line} \\(slide ${slideNo(deck, 'pages/dns.md', 'id="dns"')}\\): diagrams: diagram "dns": Parse error on line \\d+: Expecting 'SQE', .* got 'SQS' \\(Mermaid line \\d+\\)$`))
  }, 30_000)

  it('names the step and the id that the diagram does not have', async () => {
    const { root, deck } = await faulty('pages/gateway.md', 'show: \'nlb e3\'', 'show: \'nlb e3 nlb2\'')
    const line = lineOf(root, 'pages/gateway.md', '<MermaidSteps id="gateway"')
    expect(messages(await checkDiagrams(deck))).toEqual([
      expect.stringMatching(new RegExp(`^pages/gateway\\.md:${line} \\(slide \\d+\\): diagrams: diagram "gateway", step 2: names "nlb2", which the diagram does not have \\(nodes: `)),
    ])
  }, 30_000)

  it('rejects an id two diagrams take', async () => {
    const { root, deck } = await faulty('pages/dns.md', '<MermaidSteps id="dns"', '<MermaidSteps id="gateway"')
    expect(messages(await checkDiagrams(deck))).toEqual([
      `pages/dns.md:${lineOf(root, 'pages/dns.md', '<MermaidSteps id="gateway"')} (slide ${slideNo(deck, 'pages/dns.md', 'id="gateway"')}): diagrams: diagram "gateway": the id is already taken by the diagram at pages/gateway.md:${lineOf(root, 'pages/gateway.md', '<MermaidSteps id="gateway"')}; give one of them another id`,
    ])
  }, 30_000)

  it('names steps that are not a literal', async () => {
    const { deck } = await faulty('pages/pipeline.md', '<MermaidSteps id="pipeline" :steps="[', '<MermaidSteps id="pipeline" :steps="[steps, ')
    expect(messages(await checkDiagrams(deck))).toEqual([
      expect.stringMatching(/^pages\/pipeline\.md:\d+ \(slide \d+\): diagrams: diagram "pipeline": :steps is not a JavaScript literal \(read as JSON5\): invalid character 's'/),
    ])
  }, 30_000)
})
