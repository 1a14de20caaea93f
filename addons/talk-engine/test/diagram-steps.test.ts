import type { DiagramSpec } from '../types'
import { describe, expect, it } from 'vitest'
import { flowRoutes, MermaidSyntaxError, parseDiagram } from '../logic/mermaid'
import { formatProblem } from '../logic/problems'
import { diagramState, lastStep, validateDiagram as problemsOf } from '../logic/steps'
import { flow, seq } from './fixtures'

/** The problems as the build and the slide print them. */
const validateDiagram = (...args: Parameters<typeof problemsOf>) => problemsOf(...args).map(formatProblem)

const spec: DiagramSpec = {
  id: 'toy',
  code: 'flowchart LR\n  a e1@--> b\n  b e2@--> c',
  steps: [
    {
      caption: 'A alone.',
      show: ['a'],
    },
    {
      caption: 'B joins.',
      show: ['b', 'e1'],
      highlight: ['b'],
    },
    {
      caption: 'C joins; a request goes a → b → c.',
      show: ['c', 'e2'],
      flow: ['e1', 'e2'],
    },
  ],
}
const ids = {
  nodes: ['a', 'b', 'c'],
  edges: ['e1', 'e2'],
  subgraphs: [],
}

describe('diagramState', () => {
  it('accumulates what earlier steps showed; highlight, flow and caption belong to the current step', () => {
    const states = [0, 1, 2].map(k => diagramState(spec, k))
    expect(states.map(s => [...s.visible])).toEqual([
      ['a'],
      ['a', 'b', 'e1'],
      ['a', 'b', 'e1', 'c', 'e2'],
    ])
    expect(states.map(s => [...s.highlighted])).toEqual([
      [],
      ['b'],
      [],
    ])
    expect(states.map(s => s.flowing)).toEqual([
      [],
      [],
      ['e1', 'e2'],
    ])
    expect(states.map(s => s.caption)).toEqual(spec.steps.map(s => s.caption))
  })

  it('frames what is visible, or what the step names, and the whole diagram at the last step', () => {
    expect(diagramState(spec, 1).framed).toEqual(['a', 'b', 'e1'])
    const focused = {
      ...spec,
      steps: [
        spec.steps[0],
        {
          ...spec.steps[1],
          frame: ['b'],
        },
        spec.steps[2],
      ],
    }
    expect(diagramState(focused, 1).framed).toEqual(['b'])
    expect(diagramState(focused, 2).framed).toEqual(['a', 'b', 'e1', 'c', 'e2'])
  })

  it('clamps clicks, so print (a huge click count) shows the final state and -1 the first', () => {
    expect(diagramState(spec, 999_999).step).toBe(2)
    expect(diagramState(spec, -1).step).toBe(0)
    expect(lastStep(spec)).toBe(2)
  })
})

describe('validateDiagram', () => {
  it('accepts a consistent spec', () => {
    expect(validateDiagram(spec, ids)).toEqual([])
  })

  it('names the diagram, the step and the unknown id, and lists what exists', () => {
    const broken = {
      ...spec,
      steps: [
        spec.steps[0],
        {
          ...spec.steps[1],
          show: ['B', 'e1'],
        },
        spec.steps[2],
      ],
    }
    expect(validateDiagram(broken, ids)).toEqual([
      'diagram \"toy\", step 1: names "B", which the diagram does not have (nodes: a, b, c; edges: e1, e2; subgraphs: (none))',
      'diagram \"toy\", step 1: highlights "b", which is not visible yet at step 1',
      'diagram \"toy\": never shows "b"; add each to some step\'s show list, or the final state is incomplete',
    ])
  })

  it('rejects a frame naming an unknown or hidden id, and a frame on the last step', () => {
    const broken = {
      ...spec,
      steps: [
        {
          ...spec.steps[0],
          frame: ['zz', 'c'],
        },
        spec.steps[1],
        {
          ...spec.steps[2],
          frame: ['a'],
        },
      ],
    }
    expect(validateDiagram(broken, ids)).toEqual([
      'diagram \"toy\", step 0: frames "zz", which the diagram does not have (nodes: a, b, c; edges: e1, e2; subgraphs: (none))',
      'diagram \"toy\", step 0: frames "c", which is not visible yet at step 0',
      'diagram \"toy\", step 2: names a frame, but the last step always frames the whole diagram',
    ])
  })

  it('rejects a flow along a node, or along an edge not shown yet', () => {
    const broken = {
      ...spec,
      steps: [
        {
          ...spec.steps[0],
          flow: ['a', 'e1'],
        },
        ...spec.steps.slice(1),
      ],
    }
    expect(validateDiagram(broken, ids)).toEqual([
      'diagram \"toy\", step 0: flows along "a", which is not an edge of the diagram (edges: e1, e2)',
      'diagram \"toy\", step 0: flows along "e1", which is not visible yet at step 0',
    ])
  })

  it('rejects an empty step list and an id shown twice; a caption may be left out', () => {
    expect(validateDiagram({ id: 'toy', steps: [] }, ids)).toEqual([
      'diagram \"toy\": has no steps; give it at least step 0 (what shows when the slide opens)',
    ])
    const twice = {
      ...spec,
      steps: [
        spec.steps[0],
        { show: spec.steps[1].show, highlight: spec.steps[1].highlight },
        {
          ...spec.steps[2],
          show: ['c', 'e2', 'a'],
        },
      ],
    }
    expect(validateDiagram(twice, ids)).toEqual([
      'diagram \"toy\", step 2: shows "a" again; step 0 already shows it',
    ])
  })
})

describe('parseDiagram (Mermaid\'s own parser)', { timeout: 30_000 }, () => {
  it('reads nodes, edge ids with their ends, and subgraphs from a flowchart', async () => {
    const graph = await parseDiagram('flowchart LR\n  subgraph g [G]\n    a\n  end\n  a e1@--> b\n  b e2@-.->|x| c')
    expect(graph).toMatchObject({
      kind: 'flowchart',
      nodes: ['a', 'b', 'c'],
      edges: ['e1', 'e2'],
      subgraphs: ['g'],
      ends: {
        e1: { from: 'a', to: 'b' },
        e2: { from: 'b', to: 'c' },
      },
    })
  })

  it('names sequence messages m1, m2, … in order, skipping notes', async () => {
    const graph = await parseDiagram('sequenceDiagram\n  participant p\n  participant q\n  p->>q: one\n  Note over p: aside\n  q-->>p: two')
    expect(graph).toMatchObject({
      kind: 'sequence',
      nodes: ['p', 'q'],
      edges: ['m1', 'm2'],
      ends: {
        m1: { from: 'p', to: 'q' },
        m2: { from: 'q', to: 'p' },
      },
    })
  })

  it('reports a syntax error with the Mermaid line it points at', async () => {
    const error = await parseDiagram('flowchart LR\n  a --> b\n  b --> c[\n  c --> d').catch(e => e)
    expect(error).toBeInstanceOf(MermaidSyntaxError)
    expect(error.line).toBe(3)
  })
})

describe('fixtures', { timeout: 30_000 }, () => {
  it.each([flow, seq])('$id: every step names ids its Mermaid source defines', async (d) => {
    const graph = await parseDiagram(d.code)
    expect(graph.accTitle).toMatch(/^Toy /)
    expect(validateDiagram(d, graph)).toEqual([])
    const all = d.steps.flatMap(s => s.show ?? [])
    expect([
      ...diagramState(d, lastStep(d)).visible,
    ].sort()).toEqual([...all].sort())
  })
})

describe('flowRoutes', () => {
  it('joins edges that meet and splits parallel branches', () => {
    const ends = {
      p2: { from: 'build', to: 'cfg' },
      p4: { from: 'cfg', to: 's3' },
      p3: { from: 'build', to: 'plug' },
      p5: { from: 'plug', to: 'ecr' },
    }
    expect(flowRoutes(['p2', 'p4', 'p3', 'p5'], ends)).toEqual([
      ['p2', 'p4'],
      ['p3', 'p5'],
    ])
  })
})
