import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkNotes, loadDeckInput, noteClicks } from '../../../scripts/lib/deck-rules'
import { copyDeck, lineOf, messages, slideNo } from './support'

describe('notes', () => {
  it('rejects a slide without a speaker note', async () => {
    const root = copyDeck()
    const page = readFileSync(join(root, 'pages/influence.md'), 'utf8')
    writeFileSync(join(root, 'pages/influence.md'), page.replace(/(<SkillGrid \/>\n)\n<!--[\s\S]*?-->\n?/, '$1'))
    const line = lineOf(root, 'pages/influence.md', '# The toolbox') - 4
    const deck = await loadDeckInput(root)
    expect(messages(checkNotes(deck))).toEqual([
      `pages/influence.md:${line} (slide ${slideNo(deck, 'pages/influence.md', '# The toolbox')}): notes: slide has no speaker note; add <!-- … --> with the words the presenter says`,
    ])
  })

  it('counts the clicks a note accounts for, as presenter mode reads [click] and [click:N]', () => {
    expect(noteClicks(undefined)).toBe(0)
    expect(noteClicks('Intro. [click] one [click] two')).toBe(2)
    expect(noteClicks('[click:3] jump [click] four')).toBe(4)
  })
})
