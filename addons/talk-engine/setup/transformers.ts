import { defineTransformersSetup } from '@slidev/types'
import { transformDiagrams } from '../node/transformer'

// Diagrams written in a slide become <MermaidSteps> with the module the engine makes for them.
export default defineTransformersSetup(() => ({
  pre: [transformDiagrams],
}))
