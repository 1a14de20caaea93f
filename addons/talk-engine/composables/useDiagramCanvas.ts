import type { MaybeRefOrGetter, Ref, ShallowRef } from 'vue'
import type { DiagramState } from '../logic/steps'
import type { DiagramElements, DrawnDiagram } from '../logic/svg'
import { useResizeObserver } from '@vueuse/core'
import { ref, toValue, watch } from 'vue'
import { framedElements, measureFrame, pointCamera, WHOLE } from '../logic/camera'
import { applyState, packetLayer, placeDrawing, undrawnIds } from '../logic/svg'

interface CanvasOptions {
  /** The element the drawing goes in: the camera's viewport. */
  host: Ref<HTMLElement | undefined>
  drawing: ShallowRef<DrawnDiagram | undefined>
  state: MaybeRefOrGetter<DiagramState | undefined>
  /** No motion: no moving request, no camera move, no fades. */
  still: MaybeRefOrGetter<boolean>
  /** The camera frames each step; without it the whole diagram stays in view. */
  camera: MaybeRefOrGetter<boolean>
  /** An element id prefix of this component's own: the same diagram may show twice at once (presenter view, overview). */
  instance: string
  /** The slide's height in layout pixels, for the camera's zoom cap. */
  slideHeight: number
}

/**
 * The drawing on a slide: put in once, its parts found and tagged, and from then on each step only
 * toggles classes on it, moves a request along the step's flow and points the camera.
 */
export function useDiagramCanvas(options: CanvasOptions) {
  const { host, drawing } = options
  const ready = ref(false)
  const missing = ref<string[]>([])
  let elements: DiagramElements = new Map()

  function svg(): SVGSVGElement | null | undefined {
    return host.value?.querySelector('svg')
  }

  function frame(instant: boolean) {
    const el = svg()
    const s = toValue(options.state)
    const graph = drawing.value?.graph
    if (!el || !s || !graph || !host.value)
      return
    const whole = !toValue(options.camera)
    pointCamera(el, whole
      ? WHOLE
      : measureFrame({
          host: host.value,
          svg: el,
          targets: framedElements(s.framed, elements, new Set(graph.subgraphs)),
          all: [
            ...elements.values(),
          ].flat(),
          slideHeight: options.slideHeight,
        }), instant)
  }

  function apply() {
    const el = svg()
    const s = toValue(options.state)
    const graph = drawing.value?.graph
    if (!el || !s || !graph)
      return
    applyState(elements, s)
    el.querySelector('.ms-packets')?.remove()
    const packets = !toValue(options.still) && s.flowing.length
      ? packetLayer(s.flowing, graph, elements)
      : undefined
    if (packets) {
      el.append(packets)
      // Restart from the route's start on every click, not mid-way through the document's timeline.
      packets.querySelectorAll('animateMotion').forEach(m => (m as SVGAnimationElement).beginElement?.())
    }
    frame(toValue(options.still))
  }

  watch([drawing, host], ([picture, el]) => {
    if (!picture || !el)
      return
    // Marked ms-item before the check below; a drawing with parts missing is taken out again unseen.
    elements = placeDrawing(el, picture, options.instance).elements
    missing.value = undrawnIds(picture.graph, elements)
    if (missing.value.length) {
      el.innerHTML = ''
      return
    }
    apply()
    // A new drawing starts framed, not flying in from the whole view.
    frame(true)
    ready.value = true
  }, { immediate: true })

  // Synchronous, so a click's classes land in the same frame as Slidev's own click effects.
  watch(() => [
    toValue(options.state),
    toValue(options.still),
    toValue(options.camera),
  ], apply, { flush: 'sync' })
  // The diagram area changes size with the window or the presenter view: reframe at once.
  useResizeObserver(host, () => frame(true))

  return { ready, missing }
}
