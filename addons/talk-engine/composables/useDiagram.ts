import type { DiagramModule, DrawnDiagram } from '../logic/svg'
import type { DiagramProblem, IconPack } from '../types'
import { onMounted, ref, shallowRef } from 'vue'
import { formatProblem, mermaidProblem, placeProblems } from '../logic/problems'
import { validateDiagram } from '../logic/steps'
import { drawnSvgId, MermaidSyntaxError } from '../logic/svg'

/** What `virtual:talk-engine/diagram/<id>` exports (node/plugin.ts). */
export interface DiagramModuleExports {
  default: DiagramModule
  /** Present only where no browser drew the diagram at build time: what the page needs to draw it. */
  live?: { font: string, icons: Record<string, IconPack> }
  draw?: () => Promise<typeof import('../logic/mermaid')>
}

/**
 * A slide's diagram: its module, loaded when the component mounts, and its drawing: the one the
 * engine made ahead (`plugin`), or, where no browser could draw at build time, one Mermaid draws in
 * this page (`page`). Problems come back as lines that name the file, slide, diagram and step.
 */
export function useDiagram(load: () => Promise<DiagramModuleExports>) {
  const module = shallowRef<DiagramModule>()
  const drawing = shallowRef<DrawnDiagram>()
  const drawnBy = ref<'plugin' | 'page'>()
  const problems = ref<string[]>([])

  const fail = (found: DiagramProblem[]) => problems.value = found.map(formatProblem)

  onMounted(async () => {
    let exports: DiagramModuleExports
    try {
      exports = await load()
    }
    catch (error) {
      fail([
        { diagram: '?', message: `its module did not load: ${(error as Error).message}` },
      ])
      return
    }
    const { spec, source } = module.value = exports.default
    if (exports.default.problems.length)
      return fail(exports.default.problems)
    if (exports.default.drawing) {
      drawnBy.value = 'plugin'
      drawing.value = exports.default.drawing
      return
    }
    try {
      const mermaid = await exports.draw!()
      await mermaid.registerIconPacks(exports.live!.icons)
      const drawn = await mermaid.drawDiagram(spec, drawnSvgId(spec.id), exports.live!.font)
      const found = placeProblems(validateDiagram(spec, drawn.graph), source)
      if (found.length)
        return fail(found)
      drawnBy.value = 'page'
      drawing.value = drawn
    }
    catch (error) {
      const line = error instanceof MermaidSyntaxError && error.line !== undefined
        ? error.line
        : undefined
      fail([
        mermaidProblem(spec, source, String((error as Error).message).split('\n')[0], line),
      ])
    }
  })

  return { module, drawing, drawnBy, problems }
}
