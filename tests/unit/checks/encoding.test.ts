import { describe, expect, it } from 'vitest'
import { checkEncoding, loadDeckInput, repairMojibake } from '../../../scripts/lib/deck-rules'
import { copyDeck, faulty, inject, lineOf, messages, slideNo } from './support'

describe('encoding', () => {
  it('rejects "G√≥mez" (as the seed has it) on a slide and says what it should read', async () => {
    const { root, deck } = await faulty('pages/intro.md', '<div class="presenter-name">Juan Felipe Gómez</div>', '<div class="presenter-name">Juan Felipe G√≥mez</div>')
    const line = lineOf(root, 'pages/intro.md', 'G√≥mez')
    expect(messages(checkEncoding(deck))).toEqual([
      `pages/intro.md:${line} (slide ${slideNo(deck, 'pages/intro.md', 'G√≥mez')}): encoding: mis-encoded text "G√≥mez" (UTF-8 read as Mac Roman); it should read "Gómez"`,
    ])
  })

  it('rejects Latin-1 mojibake in data/ and a replacement character in a component', async () => {
    const root = copyDeck()
    inject(root, 'data/profile.ts', `name: 'Juan Felipe Gómez'`, `name: 'Juan Felipe GÃ³mez'`)
    inject(root, 'components/ContactLinks.vue', '<ul class="contact-links">', '<ul class="contact-links" title="Contact \uFFFD">')
    const problems = messages(checkEncoding(await loadDeckInput(root)))
    expect(problems).toEqual([
      `data/profile.ts:${lineOf(root, 'data/profile.ts', 'GÃ³mez')}: encoding: mis-encoded text "GÃ³mez" (UTF-8 read as Latin-1/Windows-1252); it should read "Gómez"`,
      `components/ContactLinks.vue:${lineOf(root, 'components/ContactLinks.vue', '\uFFFD')}: encoding: mis-encoded text "\uFFFD" (a replacement character (U+FFFD): bytes were lost in decoding)`,
    ])
  })

  it('repairs the seed\'s mis-encodings to what they said', () => {
    expect(repairMojibake('G√≥mez')).toBe('Gómez')
    expect(repairMojibake('üëã')).toBeUndefined() // the emoji's first byte is gone; nothing to repair from
    expect(repairMojibake('\uF8FFüëã')).toBe('👋')
    expect(repairMojibake('â€™')).toBe('’')
  })
})
