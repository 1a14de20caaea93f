import type { DiagramSpec } from './types'
import { connectivity } from './connectivity'
import { dns } from './dns'
import { gateway } from './gateway'
import { handshake } from './handshake'
import { pipeline } from './pipeline'

export type { DiagramLayer, DiagramSpec, DiagramStep } from './types'

export const diagrams = {
  gateway,
  dns,
  connectivity,
  handshake,
  pipeline,
} satisfies Record<string, DiagramSpec>

export type DiagramId = keyof typeof diagrams

/** The data file each diagram lives in, relative to the deck root, for error messages. */
export function diagramFile(id: string): string {
  return `data/diagrams/${id}.ts`
}
