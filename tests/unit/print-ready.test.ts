import { describe, expect, it } from 'vitest'
import { printDrawn } from '../../setup/print-ready'

/** A print page at one moment: its markup and whether its fonts are in. */
function page(html: string, fonts: FontFaceSetLoadStatus = 'loaded') {
  const doc = document.implementation.createHTMLDocument('print')
  doc.body.innerHTML = html
  return {
    querySelector: doc.querySelector.bind(doc),
    querySelectorAll: doc.querySelectorAll.bind(doc),
    fonts: { status: fonts } as FontFaceSet,
  }
}

describe('printDrawn', () => {
  it('is false until Vue has mounted the print slides: the page Slidev printed blank', () => {
    expect(printDrawn(page('<div id="app"></div>'))).toBe(false)
  })

  it('is false while a slide is still loading', () => {
    expect(printDrawn(page('<div class="print-slide-container"><div class="slidev-slide-loading"></div></div>'))).toBe(false)
  })

  it('is false while fonts are loading', () => {
    expect(printDrawn(page('<div class="print-slide-container"></div>', 'loading'))).toBe(false)
  })

  it('is false while a slide waits for its own target (a diagram not drawn yet)', () => {
    expect(printDrawn(page('<div class="print-slide-container"><figure data-waitfor=".ms-drawn"></figure></div>'))).toBe(false)
    expect(printDrawn(page('<div class="print-slide-container"><figure data-waitfor=".ms-drawn"><span class="ms-drawn"></span></figure></div>'))).toBe(true)
  })

  it('is true once the slides are there, loaded, in their fonts', () => {
    expect(printDrawn(page('<div class="print-slide-container"></div><div class="print-slide-container"></div>'))).toBe(true)
  })
})
