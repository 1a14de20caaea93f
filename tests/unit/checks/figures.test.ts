import { describe, expect, it } from 'vitest'
import { checkFigures, loadDeckInput, runRules } from '../../../scripts/lib/deck-rules'
import { copyDeck, faulty, inject, lineOf, messages, slideNo } from './support'

describe('figures', () => {
  it('rejects 99.99% for the success rate in a speaker note, naming the value data/ holds', async () => {
    const { root, deck } = await faulty('pages/reliability.md', 'After it: 99.90%', 'After it: 99.99%')
    const line = lineOf(root, 'pages/reliability.md', 'After it: 99.99%')
    expect(messages(checkFigures(deck))).toEqual([
      `pages/reliability.md:${line} (slide ${slideNo(deck, 'pages/reliability.md', 'After it: 99.99%')}): figures: 99.99% is not a figure in data/; data/metrics.ts has successRateAfter = 99.90% (inter-service success rate after the hardening)`,
    ])
  })

  it('rejects 99.9% on a slide, and accepts it as a labeled reference SLO', async () => {
    const { root, deck } = await faulty('pages/closing.md', '96.33% → 99.90%: the inter-service', '96.33% → 99.9%: the inter-service')
    const line = lineOf(root, 'pages/closing.md', '96.33% → 99.9%: the inter-service')
    expect(messages(checkFigures(deck))).toEqual([
      `pages/closing.md:${line} (slide ${slideNo(deck, 'pages/closing.md', '→ 99.9%: the inter-service')}): figures: 99.9% is not a figure in data/; data/metrics.ts has successRateAfter = 99.90% (inter-service success rate after the hardening)`,
    ])
    const labeled = await faulty('pages/focus.md', 'three nines allow', 'three nines, the 99.9% reference SLO, allow')
    expect(checkFigures(labeled.deck)).toEqual([])
  })

  it('rejects a stray figure in the headmatter info', async () => {
    const root = copyDeck()
    inject(root, 'slides.md', 'validated at 3.39M RPS in stress tests, and the hardening', 'validated at 3.4M RPS in stress tests, and the hardening')
    inject(root, 'slides.md', 'from 96.33% to 99.90%.\n  ogImage', 'from 96.33% to 99.99%.\n  ogImage')
    expect(messages(checkFigures(await loadDeckInput(root)))).toEqual([
      `slides.md:${lineOf(root, 'slides.md', 'at 3.4M RPS in stress tests, and the hardening')}: figures: headmatter info: 3.4M is not a figure in data/; data/ holds 3.39M (data/metrics.ts aggregateRps), 1.74M (data/metrics.ts averageRps)`,
      `slides.md:${lineOf(root, 'slides.md', 'to 99.99%')}: figures: headmatter seoMeta.ogDescription: 99.99% is not a figure in data/; data/metrics.ts has successRateAfter = 99.90% (inter-service success rate after the hardening)`,
    ])
  })

  it('rejects counts, RPS, ratios and years that data/ does not hold, and passes ordinals and product names', async () => {
    const { root, deck } = await faulty('pages/influence.md', 'Next, the work with other engineers.', 'Next, the work with other engineers: 60+ engineers since 2015, 2,000,000 RPS, 40× faster. Part 2 of 4, Route 53, us-east-1, step 3.')
    const line = lineOf(root, 'pages/influence.md', 'Next, the work with other engineers')
    const at = `pages/influence.md:${line} (slide ${slideNo(deck, 'pages/influence.md', 'Next, the work with other engineers')}): figures:`
    expect(messages(checkFigures(deck))).toEqual([
      `${at} 60+ is not a count in data/; data/metrics.ts has 50+, 10+, 4+`,
      `${at} 2015 is not a year in data/career.ts (years there: 2010, 2014, 2016, 2018, 2019, 2020, 2021, 2023)`,
      `${at} 2,000,000 RPS is not a figure in data/; write RPS as the metric's millions (3.39M, 1.74M)`,
      `${at} 40× is not a ratio in data/; data/derived.ts gives 37× or 36.7×`,
    ])
  })

  it('follows data/: changing a metric makes the slides that state the old value fail', async () => {
    const { root, deck } = await faulty('data/metrics.ts', 'value: 96.33,', 'value: 96.3,')
    const problems = messages(checkFigures(deck))
    const line = lineOf(root, 'pages/closing.md', '96.33% → 99.90%: the inter-service')
    expect(problems).toContain(`pages/closing.md:${line} (slide ${slideNo(deck, 'pages/closing.md', '96.33% → 99.90%: the inter-service')}): figures: 96.33% is not a figure in data/; data/metrics.ts has successRateBefore = 96.30% (inter-service success rate before the hardening)`)
  })

  it('rejects a stray figure in a slide\'s shown frontmatter, on its line, and passes its layout', async () => {
    const { root, deck } = await faulty('pages/connectivity.md', 'kicker: Architecture 3 of 4 · Private connectivity', 'kicker: Architecture 3 of 4 · 60+ private links')
    const line = lineOf(root, 'pages/connectivity.md', 'kicker: Architecture 3 of 4 · 60+ private links')
    expect(messages(checkFigures(deck))).toEqual([
      `pages/connectivity.md:${line} (slide ${slideNo(deck, 'pages/connectivity.md', '60+ private links')}): figures: 60+ is not a count in data/; data/metrics.ts has 50+, 10+, 4+`,
    ])
  })

  it('fails, naming the cause, when data/ holds success rates the derived figures cannot come from', async () => {
    const { deck } = await faulty('data/metrics.ts', 'value: 99.9,', 'value: 100,')
    expect(() => checkFigures(deck)).toThrow('reliabilityStory: a 100% success rate has no failure ratio')
    const report = await runRules(deck)
    expect(messages(report.problems)).toContain('slides.md:1: figures: the figures rule crashed: reliabilityStory: a 100% success rate has no failure ratio')
  })
})
