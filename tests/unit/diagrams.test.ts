import { diagramState, lastStep, validateDiagram } from 'slidev-addon-talk-engine'
import { flowRoutes, parseDiagram } from 'slidev-addon-talk-engine/mermaid'
import { describe, expect, it } from 'vitest'
import { diagrams } from '../../data/diagrams'
import { checkDiagrams } from '../../scripts/lib/check-diagrams'

/** The deck's own diagrams against the engine's step model and Mermaid's parser. */
describe('the deck\'s diagrams', { timeout: 30_000 }, () => {
  it('the final state of every real diagram is every step applied', () => {
    for (const d of Object.values(diagrams)) {
      const all = d.steps.flatMap(s => s.show ?? [])
      expect([
        ...diagramState(d, lastStep(d)).visible,
      ].sort()).toEqual([...all].sort())
    }
  })

  it.each(Object.values(diagrams))('$id: every step names ids its Mermaid source defines', async (d) => {
    const graph = await parseDiagram(d.code)
    expect(graph.nodes.length).toBeGreaterThan(0)
    expect(graph.accTitle).toBe(d.title)
    expect(validateDiagram(d, graph)).toEqual([])
  })

  it('draws DNS delegation in the FACTS.md order: root → environment → region → domain', async () => {
    const { ends } = await parseDiagram(diagrams.dns.code)
    const query = diagrams.dns.steps.at(-1)!.flow!
    expect(query.map(id => ends[id])).toEqual([
      { from: 'resolver', to: 'root' },
      { from: 'root', to: 'prod' },
      { from: 'prod', to: 'use1' },
      { from: 'use1', to: 'payments' },
    ])
    // Names wrap after their own label (`prod.<br>internal.com`); the full name is still the node's.
    const code = diagrams.dns.code.replaceAll('<br>', '')
    expect(code).toMatch(/prod\["prod\.internal\.com"\]/)
    expect(code).toMatch(/use1\["us-east-1\.prod\.internal\.com"\]/)
    expect(code).toMatch(/payments\["payments\.us-east-1\.prod\.internal\.com"\]/)
  })

  it('sends the gateway request client → VPC endpoint → endpoint service → NLB → Kong → service, in one unbroken route', async () => {
    const { ends } = await parseDiagram(diagrams.gateway.code)
    const flow = diagrams.gateway.steps.at(-1)!.flow!
    expect(flowRoutes(flow, ends)).toEqual([flow])
    expect(flow.map(id => ends[id].to)).toEqual(['vpce', 'vpcs', 'nlb', 'kong', 'svcA'])
  })
})

describe('checkDiagrams', { timeout: 30_000 }, () => {
  it('passes on the deck\'s diagrams', async () => {
    expect(await checkDiagrams()).toEqual([])
  })

  it('points a Mermaid syntax error at the line of the data file', async () => {
    const broken = {
      ...diagrams.gateway,
      code: diagrams.gateway.code.replace('vpcs e3@--> nlb', 'vpcs e3@--> nlb['),
    }
    const [error, ...rest] = await checkDiagrams({ gateway: broken })
    expect(rest).toEqual([])
    // The code starts on the `code:` line; Mermaid's line 1 is that line.
    const source = (await import('node:fs')).readFileSync('data/diagrams/gateway.ts', 'utf8').split('\n')
    const fileLine = source.findIndex(l => l.includes('vpcs e3@--> nlb')) + 1
    const mermaidLine = fileLine - source.findIndex(l => /^\s*code:\s*`/.test(l))
    expect(error).toMatch(new RegExp(`^data/diagrams/gateway\\.ts:${fileLine} \\(Mermaid line ${mermaidLine}\\): diagram "gateway" does not parse: Parse error`))
  })

  it('names the file, the diagram and the step of an unknown id', async () => {
    const broken = {
      ...diagrams.pipeline,
      steps: diagrams.pipeline.steps.map((s, i) => (i === 3
        ? {
            ...s,
            flow: ['p3', 'p9'],
          }
        : s)),
    }
    expect(await checkDiagrams({ pipeline: broken })).toEqual([
      'data/diagrams/pipeline.ts: diagram "pipeline" step 3 flows along "p9", which is not an edge of the diagram (edges: p1, p2, p3, p4, p5, p6, p7, p8)',
    ])
  })

  it('requires the key, the id and the accessible title to agree', async () => {
    const renamed = { ...diagrams.dns, id: 'dns2' }
    expect(await checkDiagrams({ dns: renamed })).toContain(
      'data/diagrams/dns.ts: diagram "dns2" is exported as "dns"; the id and the key must match (slides name the key)',
    )
    const retitled = { ...diagrams.dns, title: 'Something else' }
    expect(await checkDiagrams({ dns: retitled })).toContain(
      `data/diagrams/dns.ts: diagram "dns" has accTitle "${diagrams.dns.title}", expected its title "Something else"`,
    )
  })
})
