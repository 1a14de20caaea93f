import type { DiagramSpec, TalkEngineData } from '../types'
import type { DiagramGraph, DiagramTheme } from './diagramSvg'
import { drawn, live } from 'virtual:talk-engine/drawing'
import { drawnSvgId, sourceHash } from './diagramSvg'

/** A diagram's SVG for one theme, drawn under `svgId`, and where it was drawn. */
export interface Picture {
  graph: DiagramGraph
  svg: string
  svgId: string
  drawnBy: 'build' | 'live'
}

/**
 * The picture of a diagram: the SVG `slidev build` or `slidev export` drew (node/plugin.ts), or in
 * `slidev` dev, where an edit must show at once, one Mermaid draws now. A built deck holds no Mermaid,
 * so a diagram it was not given at build time is an error that says where to give it.
 */
export async function pictureOf(spec: DiagramSpec, theme: DiagramTheme, engine: Pick<TalkEngineData, 'iconPacks'>): Promise<Picture> {
  const load = drawn[spec.id]
  const prepared = load && (await load()).default
  if (prepared && prepared.code === sourceHash(spec)) {
    return {
      graph: prepared.graph,
      svg: prepared.svg[theme],
      svgId: prepared.svgId,
      drawnBy: 'build',
    }
  }
  if (!live) {
    throw new Error(prepared
      ? `the build drew other Mermaid source for "${spec.id}" than the deck provides; build again`
      : `"${spec.id}" was not drawn at build time and a built deck has no Mermaid to draw it: hand it to talkEngineDrawing({ diagrams }) in setup/vite-plugins.ts`)
  }
  const mermaid = await live()
  await mermaid.registerIconPacks(engine.iconPacks)
  const svgId = drawnSvgId(spec.id)
  return {
    ...await mermaid.drawDiagram(spec, svgId, theme),
    svgId,
    drawnBy: 'live',
  }
}
