import process from 'node:process'
import { diagramState, lastStep, validateDiagram } from 'slidev-addon-talk-engine'
import { flowRoutes, parseDiagram } from 'slidev-addon-talk-engine/mermaid'
import { checkDeckDiagrams } from 'slidev-addon-talk-engine/node'
import { describe, expect, it } from 'vitest'
import { diagramsOf, loadDeck } from '../../scripts/lib/deck'

/** The deck's own diagrams, as the engine reads them from the slides, against its step model and Mermaid's parser. */
const slides = await loadDeck()
const diagrams = Object.fromEntries(diagramsOf(slides).map(d => [d.id, d]))

describe('the deck\'s diagrams', { timeout: 30_000 }, () => {
  it('are the five the talk walks through, each on the slide of its section', () => {
    expect(Object.fromEntries(Object.values(diagrams).map(d => [d.id, d.source.file]))).toEqual({
      gateway: 'pages/gateway.md',
      dns: 'pages/dns.md',
      connectivity: 'pages/connectivity.md',
      handshake: 'pages/connectivity.md',
      pipeline: 'pages/pipeline.md',
    })
  })

  it('pass the engine\'s own check: syntax, steps against the ids, icons', async () => {
    expect(await checkDeckDiagrams(process.cwd(), slides.map(s => s.parsed))).toEqual([])
  })

  it.each(Object.values(diagrams))('$id: its final state is every step applied, with an accessible title and description', async ({ spec }) => {
    const graph = await parseDiagram(spec.code)
    expect(validateDiagram(spec, graph)).toEqual([])
    expect(graph.accTitle.length).toBeGreaterThan(5)
    expect(graph.accDescription.length).toBeGreaterThan(40)
    expect([
      ...diagramState(spec, lastStep(spec)).visible,
    ].sort()).toEqual(spec.steps.flatMap(s => s.show ?? []).sort())
    // Every step says what it shows: the captions are the story in the PDF and on a phone.
    expect(spec.steps.every(step => step.caption?.trim())).toBe(true)
  })

  it('draws DNS delegation in the FACTS.md order: root → environment → region → domain', async () => {
    const { spec } = diagrams.dns
    const { ends } = await parseDiagram(spec.code)
    const query = spec.steps.at(-1)!.flow!
    expect(query.map(id => ends[id])).toEqual([
      { from: 'resolver', to: 'root' },
      { from: 'root', to: 'prod' },
      { from: 'prod', to: 'use1' },
      { from: 'use1', to: 'payments' },
    ])
    // Names wrap after their own label (`prod.<br>internal.com`); the full name is still the node's.
    const code = spec.code.replaceAll('<br>', '')
    expect(code).toMatch(/prod\["prod\.internal\.com"\]/)
    expect(code).toMatch(/use1\["us-east-1\.prod\.internal\.com"\]/)
    expect(code).toMatch(/payments\["payments\.us-east-1\.prod\.internal\.com"\]/)
  })

  it('sends the gateway request client → VPC endpoint → endpoint service → NLB → Kong → service, in one unbroken route', async () => {
    const { spec } = diagrams.gateway
    const { ends } = await parseDiagram(spec.code)
    const flow = spec.steps.at(-1)!.flow!
    expect(flowRoutes(flow, ends)).toEqual([flow])
    expect(flow.map(id => ends[id].to)).toEqual(['vpce', 'vpcs', 'nlb', 'kong', 'svcA'])
  })

  it('cite the seed lines they are drawn from', () => {
    for (const { id, spec } of Object.values(diagrams))
      expect(spec.code, id).toMatch(/%% Seeds: 00[01] lines? \d+/)
  })
})
