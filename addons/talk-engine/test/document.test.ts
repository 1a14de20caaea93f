import type { DiagramGraph } from '../logic/svg'
import { describe, expect, it } from 'vitest'
import { documentFrameIds, pictureScale, stepBox } from '../logic/document'
import { flow } from './fixtures'

describe('a diagram as a document', () => {
  it('frames each step on what it brings, its own frame first, and the whole at the last step', () => {
    expect(documentFrameIds(flow, 0)).toEqual(['app'])
    expect(documentFrameIds(flow, 1)).toEqual(['vpc', 'gw', 'e1'])
    expect(documentFrameIds({
      steps: [
        {
          show: ['a'],
        },
        {
          frame: ['a'],
          show: ['b'],
        },
        {
          show: ['c'],
        },
      ],
    }, 1)).toEqual(['a'])
    expect(documentFrameIds(flow, 2)).toBe('whole')
  })

  it('frames a sequence message with the two participants it runs between', () => {
    const graph = {
      kind: 'sequence' as const,
      ends: {
        m1: { from: 'c', to: 's' },
      },
    }
    expect(documentFrameIds({
      steps: [
        {
          show: ['c', 's'],
        },
        {
          show: ['m1'],
          flow: ['m1'],
        },
        { show: [] },
      ],
    }, 1, graph)).toEqual(['m1', 'c', 's'])
  })

  it('boxes the framed parts with padding, inside the drawing; a group framed with members counts by its title', () => {
    const boxes: Record<string, { x: number, y: number, width: number, height: number }> = {
      'app': { x: 0, y: 40, width: 50, height: 20 },
      'vpc': {
        x: 100,
        y: 0,
        width: 300,
        height: 200,
      },
      'vpc-title': { x: 110, y: 0, width: 60, height: 20 },
      'gw': { x: 150, y: 50, width: 60, height: 30 },
    }
    const el = (name: string) => ({
      name,
      querySelector: (s: string) => (s === '.cluster-label'
        ? { name: `${name}-title` }
        : null),
    }) as unknown as Element
    const measure = (element: Element) => boxes[(element as unknown as { name: string }).name]
    const elements = new Map([
      [
        'app',
        [
          el('app'),
        ],
      ],
      [
        'vpc',
        [
          el('vpc'),
        ],
      ],
      [
        'gw',
        [
          el('gw'),
        ],
      ],
    ])
    const graph = {
      subgraphs: ['vpc'],
    } as DiagramGraph
    const view = { x: 0, y: 0, width: 500, height: 200 }
    expect(stepBox(['app'], measure, elements, graph, view, 10)).toEqual({ x: 0, y: 30, width: 60, height: 40 })
    // A group shown with members counts by its members alone: a phone's picture stays on them.
    expect(stepBox(['vpc', 'gw'], measure, elements, graph, view, 10)).toEqual({ x: 140, y: 40, width: 80, height: 50 })
    // Alone, a group is framed whole.
    expect(stepBox(['vpc'], measure, elements, graph, view, 10)).toEqual({ x: 90, y: 0, width: 320, height: 200 })
    expect(stepBox('whole', measure, elements, graph, view, 10)).toBe(view)
  })

  it('scales a picture to the width, but never a label under the floor nor over the cap', () => {
    const box = { x: 0, y: 0, width: 400, height: 100 }
    // 360 px wide, labels 20 units: fitting gives 0.9 × 20 = 18 px.
    expect(pictureScale(box, 360, 20, 12, 24)).toBeCloseTo(0.9)
    // A wide box would put labels at 6 px: held at 12 px, and the picture scrolls.
    expect(pictureScale({ ...box, width: 1200 }, 360, 20, 12, 24)).toBeCloseTo(0.6)
    // A small box would blow labels up: held at 24 px.
    expect(pictureScale({ ...box, width: 100 }, 360, 20, 12, 24)).toBeCloseTo(1.2)
  })
})
