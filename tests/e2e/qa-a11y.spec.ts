import AxeBuilder from '@axe-core/playwright'
import { expect, test } from './support/deck'
import { auditContrast, deckSlides, eachState, pageSelector } from './support/qa'

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
        await eachState(page, slide.no, async (clicks) => {
          // colorSchema: auto follows the system preference; make sure the deck did.
          await expect(page.locator('html')).toHaveClass(scheme === 'dark' ? /\bdark\b/ : /^(?!.*\bdark\b)/)
          // color-contrast is measured below; axe can only say "incomplete" under Slidev's transform: scale, and it is axe's slowest rule.
          const axe = await new AxeBuilder({ page }).include(pageSelector(slide.no)).disableRules(['color-contrast']).analyze()
          for (const violation of axe.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')) {
            for (const node of violation.nodes)
              found.push(`/${slide.no}?clicks=${clicks} ${scheme}: axe ${violation.id} (${violation.impact}): ${node.target.join(' ')}: ${node.failureSummary?.split('\n').slice(0, 2).join(' ')}`)
          }
          const contrast = await auditContrast(page, slide.no)
          measured += contrast.measured
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
