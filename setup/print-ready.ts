/**
 * Slidev's exporter prints its page once the network has been quiet for half a second, then waits
 * for the `[data-waitfor]` targets it finds at that moment. On a slow main thread (a cold start on a
 * busy machine) the page goes quiet while it still compiles modules, before Vue has mounted a single
 * print slide: the exporter finds nothing to wait for, prints blank pages, and its table of contents
 * fails with "The line: undefined||… has wrong pattern". So the page ships one `[data-waitfor]` in its
 * HTML (index.html, there before any script runs), whose target appears only when every print slide
 * is drawn.
 */
const PRINT_READY_ID = 'print-ready'
/** The class of the target the exporter waits for (index.html's `data-waitfor`). */
const PRINT_DRAWN = 'print-drawn'

/** Whether the print page is drawn: slides mounted, none still loading, each slide's own `data-waitfor` met, fonts in. */
export function printDrawn(doc: Pick<Document, 'querySelector' | 'querySelectorAll' | 'fonts'>): boolean {
  if (!doc.querySelector('.print-slide-container') || doc.querySelector('.slidev-slide-loading') || doc.fonts.status !== 'loaded')
    return false
  return [
    ...doc.querySelectorAll<HTMLElement>('.print-slide-container [data-waitfor]'),
  ]
    .every(el => el.querySelector(el.dataset.waitfor!))
}

/** Shows the exporter's target once the print page is drawn (polled: fonts and async slides give no single event). */
export function markWhenPrinted(doc: Document = document): void {
  const marker = doc.getElementById(PRINT_READY_ID)
  if (!marker)
    return
  const check = setInterval(() => {
    if (!printDrawn(doc))
      return
    clearInterval(check)
    const drawn = doc.createElement('span')
    drawn.className = PRINT_DRAWN
    // Playwright's "visible": a box of its own; transparent, so no PDF shows it.
    drawn.style.cssText = 'display:block;width:1px;height:1px;opacity:0'
    marker.append(drawn)
  }, 100)
}
