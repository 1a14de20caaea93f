import type { MaybeRefOrGetter } from 'vue'
import type { DiagramSpec } from '../types'
import { computed, toValue } from 'vue'

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

/** The state after `clicks` clicks; out-of-range clicks clamp, so `CLICKS_MAX` in print gives the final state. */
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

/** Reactive state for a component: follows `clicks` (a ref or getter). */
export function useDiagramSteps(spec: MaybeRefOrGetter<DiagramSpec | undefined>, clicks: MaybeRefOrGetter<number>) {
  return computed(() => {
    const s = toValue(spec)
    return s
      ? diagramState(s, toValue(clicks))
      : undefined
  })
}

function list(ids: string[]): string {
  return ids.length
    ? ids.join(', ')
    : '(none)'
}

/**
 * Everything wrong with a spec against the ids its Mermaid source defines.
 * Each message names the diagram and the step, so a check can print it as is.
 */
export function validateDiagram(spec: Pick<DiagramSpec, 'id' | 'steps'>, ids: DiagramIds): string[] {
  const errors: string[] = []
  const d = `diagram "${spec.id}"`
  if (spec.steps.length === 0)
    return [`${d} has no steps; give it at least step 0 (what shows when the slide opens)`]

  const known = new Set([
    ...ids.nodes,
    ...ids.edges,
    ...ids.subgraphs,
  ])
  const edges = new Set(ids.edges)
  const inventory = `(nodes: ${list(ids.nodes)}; edges: ${list(ids.edges)}; subgraphs: ${list(ids.subgraphs)})`
  const shownAt = new Map<string, number>()

  spec.steps.forEach((step, i) => {
    const at = `${d} step ${i}`
    if (!step.caption?.trim())
      errors.push(`${at} has no caption`)
    for (const id of step.show ?? []) {
      if (!known.has(id))
        errors.push(`${at} names "${id}", which the diagram does not have ${inventory}`)
      else if (shownAt.has(id))
        errors.push(`${at} shows "${id}" again; step ${shownAt.get(id)} already shows it`)
      else
        shownAt.set(id, i)
    }
    for (const id of step.highlight ?? []) {
      if (!known.has(id))
        errors.push(`${at} highlights "${id}", which the diagram does not have ${inventory}`)
      else if ((shownAt.get(id) ?? Number.POSITIVE_INFINITY) > i)
        errors.push(`${at} highlights "${id}", which is not visible yet at step ${i}`)
    }
    for (const id of step.frame ?? []) {
      if (!known.has(id))
        errors.push(`${at} frames "${id}", which the diagram does not have ${inventory}`)
      else if ((shownAt.get(id) ?? Number.POSITIVE_INFINITY) > i)
        errors.push(`${at} frames "${id}", which is not visible yet at step ${i}`)
    }
    if (step.frame && i === spec.steps.length - 1)
      errors.push(`${at} names a frame, but the last step always frames the whole diagram`)
    for (const id of step.flow ?? []) {
      if (!edges.has(id))
        errors.push(`${at} flows along "${id}", which is not an edge of the diagram (edges: ${list(ids.edges)})`)
      else if ((shownAt.get(id) ?? Number.POSITIVE_INFINITY) > i)
        errors.push(`${at} flows along "${id}", which is not visible yet at step ${i}`)
    }
  })

  const never = [...known].filter(id => !shownAt.has(id))
  if (never.length)
    errors.push(`${d} never shows ${never.map(id => `"${id}"`).join(', ')}; add each to some step's show list, or the final state is incomplete`)
  return errors
}
