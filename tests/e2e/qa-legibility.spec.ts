import { DIAGRAM_LABEL_FLOOR, measureText, TEXT_FLOOR, underFloor } from '../../scripts/lib/legibility'
import { countWords, WORD_LIMIT } from '../../scripts/lib/words'
import { expect, test } from './support/deck'
import { deckSlides, eachState, openState, pageSelector } from './support/navigation'

/**
 * Readable from the back of the room: no visible text on any slide, at any click, under 2.4% of the
 * slide's height, and no diagram label (SVG text and HTML labels in a foreignObject) under 3%.
 * And short enough to take in: at its last click (what the plain PDF shows) a slide holds at most
 * 90 visible words, every component's text and every diagram label counted.
 */
const slides = await deckSlides()

test.use({ reducedMotion: 'reduce' })

for (const slide of slides) {
  test(`slide ${slide.no} (${slide.file}:${slide.line}) has no text under ${TEXT_FLOOR * 100}% (diagram labels ${DIAGRAM_LABEL_FLOOR * 100}%) of its height at any click, and at most ${WORD_LIMIT} words`, async ({ page }) => {
    const small: string[] = []
    const faked = new Set<string>()
    let words: number | undefined
    await eachState(page, slide.no, async (clicks) => {
      const texts = await measureText(page, slide.no)
      // eachState visits the last click first.
      words ??= countWords(texts.map(t => t.full).join(' '))
      for (const text of underFloor(texts))
        small.push(`/${slide.no}?clicks=${clicks}: "${text.text}" at ${(text.share * 100).toFixed(2)}% (${text.px.toFixed(1)} px, ${text.kind})`)
      for (const text of texts.filter(t => !t.faceShipped))
        faked.add(`${text.face}, e.g. "${text.text}"`)
    })
    expect(small, `text too small to read on slide ${slide.no} (${slide.file})`).toEqual([])
    expect(words, `words on slide ${slide.no} (${slide.file}) at its last click; move detail to the note`).toBeLessThanOrEqual(WORD_LIMIT)
    expect([...faked], `slide ${slide.no} (${slide.file}) uses a font weight the deck does not ship, so the browser fakes it`).toEqual([])
  })
}

test('the legibility audit finds a tiny HTML label, a tiny SVG label, text shrunk by a transform, and a faked bold', async ({ page }) => {
  await openState(page, 1)
  const before = await measureText(page, 1)
  expect(before.length, 'the title slide has text to measure').toBeGreaterThan(0)
  await page.locator(`${pageSelector(1)} .slidev-layout`).evaluate((layout) => {
    layout.insertAdjacentHTML('beforeend', `
      <div style="position:absolute;left:20px;top:20px;font-size:9px">Tiny html probe</div>
      <div style="position:absolute;left:20px;top:60px;font-size:40px;transform:scale(0.25);transform-origin:0 0">Shrunk html probe</div>
      <svg viewBox="0 0 1000 100" style="position:absolute;left:20px;top:100px;width:200px"><text x="0" y="50" font-size="40">Tiny svg probe</text></svg>
      <div class="mermaid-steps" style="position:absolute;left:20px;top:140px"><div class="ms-canvas" style="font-size:15px">Diagram label probe</div></div>
      <div style="position:absolute;left:20px;top:180px;font-size:15px">Body probe</div>
      <div style="position:absolute;left:20px;top:220px;width:1px;height:1px;overflow:hidden;font-size:40px;white-space:nowrap">Screen reader probe</div>`)
  })
  const measured = await measureText(page, 1)
  const small = underFloor(measured).map(t => t.text)
  // 15 px of the 551 px slide canvas is 2.7%: above the body floor, under the diagram labels’ 3%.
  expect(small).toEqual(expect.arrayContaining([
    'Tiny html probe',
    'Shrunk html probe',
    'Tiny svg probe',
    'Diagram label probe',
  ]))
  expect(small).not.toContain('Body probe')
  // Text clipped to a 1 px box is for screen readers: nobody sees it, on stage or in the PDF.
  expect(measured.map(t => t.text)).not.toContain('Screen reader probe')
  // The title itself is large and stays off the list.
  expect(small.every(text => !text.includes('Juan'))).toBe(true)
  await page.locator(`${pageSelector(1)} .slidev-layout`).evaluate((layout) => {
    layout.insertAdjacentHTML('beforeend', '<code style="position:absolute;left:20px;bottom:20px;font-size:30px;font-weight:800">faked bold probe</code>')
  })
  const faked = (await measureText(page, 1)).filter(t => !t.faceShipped).map(t => `${t.face}: ${t.text}`)
  expect(faked).toEqual(['JetBrains Mono 800 normal: faked bold probe'])
})
