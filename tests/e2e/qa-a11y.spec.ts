import AxeBuilder from '@axe-core/playwright'
import { auditContrast } from './support/contrast'
import { expect, test } from './support/deck'
import { deckSlides, eachState, openState, pageSelector } from './support/navigation'

/**
 * Every click state of every slide, in light and dark: no serious or critical
 * axe violation inside the slide, and every visible text meets WCAG contrast
 * (4.5:1, 3:1 for large text) by our own measurement, because axe leaves
 * colour contrast "incomplete" inside Slidev's scaled canvas.
 */
const slides = await deckSlides()

for (const scheme of ['light', 'dark'] as const) {
  test.describe(scheme, () => {
    test.use({ colorScheme: scheme, reducedMotion: 'reduce' })

    for (const slide of slides) {
      test(`slide ${slide.no} (${slide.file}:${slide.line}) is accessible at every click`, async ({ page }) => {
        const found: string[] = []
        let measured = 0
        let total = -1
        await eachState(page, slide.no, async (clicks) => {
          total = Math.max(total, clicks)
          // colorSchema: auto follows the system preference; make sure the deck did.
          await expect(page.locator('html')).toHaveClass(scheme === 'dark'
            ? /\bdark\b/
            : /^(?!.*\bdark\b)/)
          // axe's rules are structural (names, roles, ARIA) and see hidden v-click content too,
          // so the first and last click cover them; contrast, which does change per click, is measured at every one.
          if (clicks === 0 || clicks === total) {
            // color-contrast is measured below: axe can only say "incomplete" under Slidev's transform: scale.
            const axe = await new AxeBuilder({ page }).include(pageSelector(slide.no)).disableRules(['color-contrast']).analyze()
            for (const violation of axe.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')) {
              for (const node of violation.nodes)
                found.push(`/${slide.no}?clicks=${clicks} ${scheme}: axe ${violation.id} (${violation.impact}): ${node.target.join(' ')}: ${node.failureSummary?.split('\n').slice(0, 2).join(' ')}`)
            }
          }
          const contrast = await auditContrast(page, slide.no)
          measured += contrast.measured
          if (contrast.lowest && clicks === total)
            test.info().annotations.push({ type: 'lowest contrast', description: `${contrast.lowest.ratio}:1 (needs ${contrast.lowest.required}:1) "${contrast.lowest.text}" ${contrast.lowest.fg} on ${contrast.lowest.bg}` })
          for (const issue of contrast.issues)
            found.push(`/${slide.no}?clicks=${clicks} ${scheme}: contrast ${issue.ratio}:1 < ${issue.required}:1 for "${issue.text}" (${issue.where}; ${issue.fg} on ${issue.bg}, ${issue.fontSize}px/${issue.fontWeight}${issue.gradient ? ', worst gradient colour' : ''})`)
        })
        // A slide with text must have had its text measured, or the audit proved nothing.
        if (slide.title)
          expect(measured, 'text elements measured').toBeGreaterThan(0)
        expect(found, `accessibility faults on slide ${slide.no} (${slide.file})`).toEqual([])
      })
    }
  })
}

/** WCAG relative-luminance contrast of two `#rrggbb` colours: the oracle the audit is held to. */
function wcagRatio(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map(i => Number.parseInt(hex.slice(i, i + 2), 16) / 255).map(c => (c <= 0.03928
      ? c / 12.92
      : ((c + 0.055) / 1.055) ** 2.4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
  }
  const [hi, lo] = [
    lum(a),
    lum(b),
  ].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}

test.describe('the contrast audit', () => {
  test.use({ colorScheme: 'light', reducedMotion: 'reduce' })

  test('fails grey body text, passes the same grey at a large size, and measures text on a gradient by its pixels', async ({ page }) => {
    await openState(page, 1)
    await page.locator(`${pageSelector(1)} .slidev-layout`).evaluate((layout) => {
      layout.insertAdjacentHTML('beforeend', `
        <p id="qa-small" style="position:absolute;left:20px;bottom:60px;margin:0;background:#ffffff;color:#8a94a6;font-size:16px">Small grey probe</p>
        <p id="qa-large" style="position:absolute;left:20px;bottom:10px;margin:0;background:#ffffff;color:#8a94a6;font-size:28px">Large grey probe</p>
        <p id="qa-gradient" style="position:absolute;right:20px;bottom:10px;margin:0;padding:0 8px;background:linear-gradient(90deg,#ffffff,#8a94a6 40%);color:#5b6474;font-size:16px">Gradient probe, mostly on grey</p>`)
    })
    const { issues } = await auditContrast(page, 1)
    const expected = Math.round(wcagRatio('#8a94a6', '#ffffff') * 100) / 100
    expect(expected).toBeGreaterThan(3)
    expect(expected).toBeLessThan(4.5)
    expect(issues.filter(i => i.text.endsWith('grey probe'))).toEqual([
      expect.objectContaining({
        text: 'Small grey probe',
        fg: '#8a94a6',
        bg: '#ffffff',
        ratio: expected,
        required: 4.5,
      }),
    ])
    // Over a gradient the rendered pixels decide: most of this one is grey, against grey text.
    expect(issues.filter(i => i.text.startsWith('Gradient probe'))).toEqual([
      expect.objectContaining({
        gradient: true,
        required: 4.5,
        ratio: expect.any(Number),
      }),
    ])
    expect(issues.find(i => i.text.startsWith('Gradient probe'))!.ratio).toBeLessThan(2)
  })
})
