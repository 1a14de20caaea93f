import { expect, test } from './support/deck'
import { auditLayout, contentBalance, unbalanced } from './support/layout'
import { deckSlides, eachState, openState, pageSelector } from './support/navigation'

/**
 * Nothing leaves the slide, is cut off, runs out of its card, covers
 * something else or fails to draw, at any click of any slide. Reduced motion:
 * counters and diagrams show their final frame at once.
 */
const slides = await deckSlides()

test.use({ reducedMotion: 'reduce' })

for (const slide of slides) {
  test(`slide ${slide.no} (${slide.file}:${slide.line}) fits its canvas at every click`, async ({ page }) => {
    const found: string[] = []
    await eachState(page, slide.no, async (clicks) => {
      for (const issue of await auditLayout(page, slide.no))
        found.push(`/${slide.no}?clicks=${clicks}: ${issue.kind}: ${issue.what}: ${issue.detail}`)
    })
    expect(found, `layout faults on slide ${slide.no} (${slide.file})`).toEqual([])
  })
}

test('every slide, complete, uses its height: none sits in a band at the top of an empty slide', async ({ page }) => {
  const top: string[] = []
  for (const slide of slides) {
    await openState(page, slide.no, 999)
    const balance = await contentBalance(page, slide.no)
    if (unbalanced(balance))
      top.push(`slide ${slide.no} (${slide.file}:${slide.line}): content spans ${(balance.span * 100).toFixed(0)}% of the height, its middle at ${(balance.middle * 100).toFixed(0)}%`)
  }
  expect(top).toEqual([])
})

test('the layout audit catches overflow, overlap, spill and a missing icon', async ({ page }) => {
  await openState(page, 1)
  await page.locator(`${pageSelector(1)} .slidev-layout`).evaluate((layout) => {
    layout.insertAdjacentHTML('beforeend', `
      <div class="qa-wide" style="position:absolute;left:900px;top:20px;width:200px">Too wide probe</div>
      <div class="qa-card" style="position:absolute;left:20px;bottom:20px;width:80px;height:20px;border:1px solid;white-space:nowrap">Spilling out of this card</div>
      <span class="i-logos-not-an-icon" style="position:absolute;left:400px;bottom:20px"></span>`)
    // Laid over the kicker and the title.
    layout.querySelector('.cover-body')!.insertAdjacentHTML('afterbegin', '<div class="qa-over" style="position:absolute;left:0;top:0;font-size:60px;line-height:1">Overlap probe covering the title</div>')
    // A drawing over the whole slide that a viewer is meant to read: unlike the hidden mesh, it covers the text.
    layout.insertAdjacentHTML('beforeend', '<svg class="qa-sheet" role="img" aria-label="probe" style="position:absolute;inset:0;width:100%;height:100%"><rect width="10" height="10" /></svg>')
  })
  const issues = await auditLayout(page, 1)
  const of = (kind: string) => issues.filter(i => i.kind === kind).map(i => i.what)
  expect(of('overflow')).toContain('div.slidev-layout.cover > div.qa-wide')
  expect(of('overlap').some(what => what.startsWith('"Overlap probe covering the title"'))).toBe(true)
  expect(of('overlap').some(what => what.includes('svg.qa-sheet'))).toBe(true)
  expect(of('overlap').filter(what => what.includes('svg.cover-grid'))).toEqual([])
  expect(of('spill')).toContain('"Spilling out of this card"')
  expect(of('icon')).toEqual(['i-logos-not-an-icon (div.slidev-layout.cover > span.i-logos-not-an-icon)'])
})

test('the balance audit catches a slide whose content is a band at the top', async ({ page }) => {
  const slide = slides.find(s => s.frontmatter.layout === 'default' || !s.frontmatter.layout)!
  await openState(page, slide.no, 999)
  expect(unbalanced(await contentBalance(page, slide.no)), `slide ${slide.no} as the deck draws it`).toBe(false)
  // Its title and one short line at the top, nothing else.
  await page.locator(`${pageSelector(slide.no)} .slidev-layout`).evaluate((layout) => {
    layout.replaceChildren(layout.querySelector('h1')!)
    layout.insertAdjacentHTML('beforeend', '<p style="margin:0">A single line under the title</p>')
  })
  expect(unbalanced(await contentBalance(page, slide.no))).toBe(true)
})
