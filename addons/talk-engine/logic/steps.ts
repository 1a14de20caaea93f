import type { DiagramProblem, DiagramSpec } from '../types'

/** What a diagram shows at one click. */
export interface DiagramState {
  /** The step index, clamped to the spec's steps. */
  step: number
  visible: Set<string>
  highlighted: Set<string>
  /** Edges carrying the moving request, in the order it travels. */
  flowing: string[]
  /** Ids the camera frames: the step's own `frame`, else everything visible. */
  framed: string[]
  caption: string
}

/** The ids a diagram's Mermaid source defines; sequence diagrams list participants as nodes and messages as edges. */
export interface DiagramIds {
  nodes: string[]
  edges: string[]
  subgraphs: string[]
}

/** The last step: every step's `show` applied. */
export function lastStep(spec: Pick<DiagramSpec, 'steps'>): number {
  return Math.max(0, spec.steps.length - 1)
}

/** The state after `clicks` clicks; out-of-range clicks clamp, so Slidev's `CLICKS_MAX` in print gives the final state. */
export function diagramState(spec: Pick<DiagramSpec, 'steps'>, clicks: number): DiagramState {
  const step = Math.min(Math.max(0, Math.floor(clicks) || 0), lastStep(spec))
  const visible = new Set<string>()
  for (const s of spec.steps.slice(0, step + 1))
    s.show?.forEach(id => visible.add(id))
  const current = spec.steps[step]
  return {
    step,
    visible,
    highlighted: new Set(current?.highlight ?? []),
    flowing: [
      ...(current?.flow ?? []),
    ],
    framed: [
      ...(current?.frame ?? visible),
    ],
    caption: current?.caption ?? '',
  }
}

function list(ids: string[]): string {
  return ids.length
    ? ids.join(', ')
    : '(none)'
}

type Found = Omit<DiagramProblem, 'file' | 'line' | 'slide'>

/**
 * Everything wrong with a diagram's steps against the ids its Mermaid source defines, each problem
 * naming the diagram and the step. The one check: the build, the slide in dev and a deck's own
 * tooling all run it.
 */
export function validateDiagram(spec: Pick<DiagramSpec, 'id' | 'steps'>, ids: DiagramIds): Found[] {
  const diagram = spec.id
  if (spec.steps.length === 0) {
    return [
      { diagram, message: 'has no steps; give it at least step 0 (what shows when the slide opens)' },
    ]
  }
  const problems: Found[] = []
  const known = new Set([
    ...ids.nodes,
    ...ids.edges,
    ...ids.subgraphs,
  ])
  const edges = new Set(ids.edges)
  const inventory = `(nodes: ${list(ids.nodes)}; edges: ${list(ids.edges)}; subgraphs: ${list(ids.subgraphs)})`
  const shownAt = new Map<string, number>()
  const visibleAt = (id: string, step: number) => (shownAt.get(id) ?? Number.POSITIVE_INFINITY) <= step

  spec.steps.forEach((step, i) => {
    const add = (message: string) => problems.push({ diagram, step: i, message })
    for (const id of step.show ?? []) {
      if (!known.has(id))
        add(`names "${id}", which the diagram does not have ${inventory}`)
      else if (shownAt.has(id))
        add(`shows "${id}" again; step ${shownAt.get(id)} already shows it`)
      else
        shownAt.set(id, i)
    }
    for (const [list, verb] of [
      [step.highlight, 'highlights'],
      [step.frame, 'frames'],
    ] as const) {
      for (const id of list ?? []) {
        if (!known.has(id))
          add(`${verb} "${id}", which the diagram does not have ${inventory}`)
        else if (!visibleAt(id, i))
          add(`${verb} "${id}", which is not visible yet at step ${i}`)
      }
    }
    if (step.frame && i === spec.steps.length - 1)
      add('names a frame, but the last step always frames the whole diagram')
    for (const id of step.flow ?? []) {
      if (!edges.has(id))
        add(`flows along "${id}", which is not an edge of the diagram (edges: ${list(ids.edges)})`)
      else if (!visibleAt(id, i))
        add(`flows along "${id}", which is not visible yet at step ${i}`)
    }
  })

  const never = [...known].filter(id => !shownAt.has(id))
  if (never.length)
    problems.push({ diagram, message: `never shows ${never.map(id => `"${id}"`).join(', ')}; add each to some step's show list, or the final state is incomplete` })
  return problems
}
