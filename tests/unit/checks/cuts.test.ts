import { describe, expect, it } from 'vitest'
import { checkCuts } from '../../../scripts/lib/deck-rules'
import { faulty, lineOf, messages } from './support'

describe('cuts', () => {
  it('rejects a note of a slide the interview cut shows that speaks of a section it leaves out', async () => {
    const { root, deck } = await faulty('pages/gateway.md', 'First, the API gateway.', 'First, the API gateway, the first of four architectures.')
    const line = lineOf(root, 'pages/gateway.md', 'the first of four architectures')
    const interview = deck.cuts.find(cut => cut.entry === 'slides-interview.md')!
    const no = interview.slides.find(slide => slide.raw.includes('the first of four architectures'))!.no
    // The full cut shows all four, so only the interview cut fails.
    expect(messages(checkCuts(deck))).toEqual([
      `pages/gateway.md:${line} (slide ${no}): cuts: slides-interview.md leaves out pages/dns.md, pages/connectivity.md, pages/pipeline.md, but this slide or its note speaks of the four architectures: "…the API gateway, the first of four architectures. At Twilio I led the zero-to-…"`,
    ])
  }, 30_000)

  it('rejects DNS in a note the interview cut shows, and passes the same words in the full cut, which shows DNS', async () => {
    const { root, deck } = await faulty('pages/reliability.md', '[click] I also hardened Ingress Gateways', '[click] I also redesigned DNS and hardened Ingress Gateways')
    const line = lineOf(root, 'pages/reliability.md', 'I also redesigned DNS')
    const interview = deck.cuts.find(cut => cut.entry === 'slides-interview.md')!
    const no = interview.slides.find(slide => slide.raw.includes('I also redesigned DNS'))!.no
    expect(messages(checkCuts(deck))).toEqual([
      `pages/reliability.md:${line} (slide ${no}): cuts: slides-interview.md leaves out pages/dns.md, but this slide or its note speaks of the DNS hierarchy: "…w. [click] I also redesigned DNS and hardened Ingress Gateways…"`,
    ])
  }, 30_000)

  it('rejects an import\'s label that names a left-out section, at the line of the import', async () => {
    const { root, deck } = await faulty('slides-interview.md', 'kicker: API gateway · Outcome', 'kicker: Architecture 1 of 4 · Outcome')
    const interview = deck.cuts.find(cut => cut.entry === 'slides-interview.md')!
    const no = interview.slides.find(slide => slide.frontmatter.kicker === 'Architecture 1 of 4 · Outcome')!.no
    expect(messages(checkCuts(deck))).toEqual([
      `slides-interview.md:${lineOf(root, 'slides-interview.md', 'kicker: Architecture 1 of 4 · Outcome')} (slide ${no}): cuts: slides-interview.md leaves out pages/dns.md, pages/connectivity.md, pages/pipeline.md, but its kicker speaks of the four architectures: "Architecture 1 of 4 · Outcome"`,
    ])
  }, 30_000)

  it('rejects section labels that skip a part', async () => {
    const { root, deck } = await faulty('pages/reliability.md', 'kicker: Part 3\n', 'kicker: Part 4\n')
    const no = deck.slides.find(slide => slide.file === 'pages/reliability.md' && slide.frontmatter.kicker === 'Part 4')!.no
    expect(messages(checkCuts(deck)).filter(m => m.startsWith('pages/'))).toEqual([
      `pages/reliability.md:${lineOf(root, 'pages/reliability.md', 'kicker: Part 4')} (slide ${no}): cuts: slides.md: section label "Part 4" follows Part 2; number the parts as this cut runs (Part 3 here)`,
    ])
  }, 30_000)
})
