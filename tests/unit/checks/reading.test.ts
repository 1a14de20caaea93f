import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkReading, READING_LAYOUTS } from '../../../scripts/lib/deck-rules'
import { faulty, lineOf, messages, ROOT, slideNo } from './support'

describe('reading', () => {
  it('rejects a slide whose layout the reading view cannot reflow, naming the slide and the layout', async () => {
    const { deck } = await faulty('pages/focus.md', 'layout: default\n---\n\n# What I focus on now', 'layout: two-cols\n---\n\n# What I focus on now')
    const no = slideNo(deck, 'pages/focus.md', '# What I focus on now')
    const { line } = deck.slides[no - 1]
    expect(messages(checkReading(deck))).toEqual([
      `pages/focus.md:${line} (slide ${no}): reading: layout "two-cols" has no reading-view styles, so a phone would get it unreflowed; give it styles under .reading-view and add it to READING_LAYOUTS (scripts/lib/checks/reading.ts), or use one of ${READING_LAYOUTS.join(', ')}`,
    ])
  })

  it('rejects a component that is not known to read on a phone, on its line', async () => {
    const { root, deck } = await faulty('pages/influence.md', '<SkillGrid />', '<SkillGrid />\n\n<Tweet id="20" />')
    const no = slideNo(deck, 'pages/influence.md', '<Tweet id="20" />')
    expect(messages(checkReading(deck))).toEqual([
      `pages/influence.md:${lineOf(root, 'pages/influence.md', '<Tweet')} (slide ${no}): reading: <Tweet> is not known to read on a phone; give it reading-view styles and add it to READING_COMPONENTS (scripts/lib/checks/reading.ts)`,
    ])
  })

  it('rejects content no reader would see: hidden by a later click', async () => {
    const { root, deck } = await faulty('pages/dns.md', '<p v-click="4" class="dns-why">', '<p v-click-hide="4" class="dns-why">')
    const no = slideNo(deck, 'pages/dns.md', 'v-click-hide="4"')
    expect(messages(checkReading(deck))).toEqual([
      `pages/dns.md:${lineOf(root, 'pages/dns.md', 'v-click-hide')} (slide ${no}): reading: content a later click hides (v-click-hide, .hide): the reading view shows a slide as its last click leaves it, so this would never reach a reader`,
    ])
  })

  it('rejects a slide without a title to head its section', async () => {
    const { deck } = await faulty('pages/influence.md', '# The toolbox\n', 'The toolbox\n')
    const no = slideNo(deck, 'pages/influence.md', '<SkillGrid />')
    expect(messages(checkReading(deck))).toEqual([
      `pages/influence.md:${deck.slides[no - 1].line} (slide ${no}): reading: slide has no # title: the reading view heads each slide's section with it`,
    ])
  })

  it('passes the deck as it is', async () => {
    const { deck } = await faulty('pages/dns.md', '# What the DNS work delivered\n', '# What the DNS work delivered\n')
    expect(checkReading(deck)).toEqual([])
  })

  it('knows every layout of the deck, and each has its reading styles', () => {
    const layouts = readdirSync(join(ROOT, 'layouts')).map(file => file.replace(/\.vue$/, ''))
    for (const layout of layouts) {
      expect(READING_LAYOUTS, `layouts/${layout}.vue`).toContain(layout)
      expect(readFileSync(join(ROOT, 'layouts', `${layout}.vue`), 'utf8'), `layouts/${layout}.vue`).toContain('.reading-view .')
    }
  })
})
