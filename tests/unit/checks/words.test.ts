import { describe, expect, it } from 'vitest'
import { checkWords, slideWords } from '../../../scripts/lib/deck-rules'
import { countWords, WORD_LIMIT } from '../../../scripts/lib/words'
import { faulty, lineOf, messages, slideNo } from './support'

describe('words', () => {
  it('counts words as a reader does: a run with a letter or digit, symbols alone are none', () => {
    expect(countWords('payments.us-east-1.prod.internal.com → 3.39M · Gómez & co')).toBe(4)
    expect(countWords('  ')).toBe(0)
  })

  it('rejects a slide whose Markdown holds more than the limit', async () => {
    const padding = Array.from({ length: WORD_LIMIT }, (_, i) => `word${i}`).join(' ')
    const { root, deck } = await faulty('pages/dns.md', '# What the DNS work delivered\n', `# What the DNS work delivered\n\n${padding}\n`)
    const no = slideNo(deck, 'pages/dns.md', '# What the DNS work delivered')
    const line = lineOf(root, 'pages/dns.md', '# What the DNS work delivered') - 4
    expect(messages(checkWords(deck))).toEqual([
      `pages/dns.md:${line} (slide ${no}): words: ${WORD_LIMIT + slideWords({
        ...deck.slides[no - 1],
        content: deck.slides[no - 1].content.replace(padding, ''),
      }, deck.data, deck.root)} words on the slide, more than ${WORD_LIMIT}: move detail to the speaker note`,
    ])
  })

  it('counts the career rows a <CareerRoles> draws from data/career.ts', async () => {
    const long = Array.from({ length: WORD_LIMIT }).fill('detail').join(' ')
    const { deck } = await faulty('data/career.ts', 'In parallel with teaching.', long)
    const no = slideNo(deck, 'pages/career.md', '<CareerRoles era="foundations" />')
    expect(messages(checkWords(deck))).toEqual([
      expect.stringMatching(new RegExp(`^pages/career\\.md:\\d+ \\(slide ${no}\\): words: \\d+ words on the slide, more than ${WORD_LIMIT}`)),
    ])
  })

  it('counts a diagram as the caption of its last step, not its Mermaid source or its step list', async () => {
    const { deck } = await faulty('pages/dns.md', '# What the DNS work delivered\n', '# What the DNS work delivered\n')
    const slide = deck.slides.find(s => s.raw.includes('<MermaidSteps id="gateway"'))!
    const last = 'One request: client, VPC endpoint, PrivateLink, endpoint service, NLB, Kong, microservice.'
    expect(slideWords(slide, deck.data, deck.root)).toBe(countWords(`${slide.frontmatter.kicker} ${slide.title} ${last}`))
  })

  it('passes the deck as it is', async () => {
    const { deck } = await faulty('pages/dns.md', '# What the DNS work delivered\n', '# What the DNS work delivered\n')
    expect(checkWords(deck)).toEqual([])
  })
})
