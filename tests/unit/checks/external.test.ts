import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkExternal, loadDeckInput } from '../../../scripts/lib/deck-rules'
import { copyDeck, faulty, inject, lineOf, messages, slideNo } from './support'

describe('external resources', () => {
  it('rejects a remote badge image and passes a LinkedIn link', async () => {
    const { root, deck } = await faulty('pages/closing.md', '<ContactLinks />', '<ContactLinks />\n<a href="https://www.linkedin.com/in/juangomez27/"><img src="https://img.shields.io/badge/LinkedIn-blue.svg"></a>')
    const line = lineOf(root, 'pages/closing.md', 'img.shields.io')
    expect(messages(checkExternal(deck))).toEqual([
      `pages/closing.md:${line} (slide ${slideNo(deck, 'pages/closing.md', 'img.shields.io')}): external: <img src="https://img.shields.io/badge/LinkedIn-blue.svg"> loads a remote resource; bundle it locally (public/ or an npm package)`,
    ])
  })

  it('rejects a Google Fonts @import in styles/', async () => {
    const root = copyDeck()
    const css = readFileSync(join(root, 'styles/slides.css'), 'utf8')
    writeFileSync(join(root, 'styles/slides.css'), `@import url('https://fonts.googleapis.com/css2?family=Inter');\n${css}`)
    expect(messages(checkExternal(await loadDeckInput(root)))).toEqual([
      `styles/slides.css:1: external: CSS @import url(https://fonts.googleapis.com/css2?family=Inter loads a remote resource; use a local file or @fontsource`,
    ])
  })

  it('rejects Google as the font provider and a remote favicon in the headmatter', async () => {
    const root = copyDeck()
    inject(root, 'slides.md', '  provider: none\n', '  provider: google\n')
    inject(root, 'slides.md', 'favicon: /favicon.svg', 'favicon: https://cdn.jsdelivr.net/gh/slidevjs/slidev/assets/favicon.png')
    expect(messages(checkExternal(await loadDeckInput(root)))).toEqual([
      `slides.md:${lineOf(root, 'slides.md', 'provider: google')}: external: headmatter fonts.provider is "google"; set it to none and ship fonts with @fontsource`,
      `slides.md:${lineOf(root, 'slides.md', 'favicon:')}: external: headmatter favicon is "https://cdn.jsdelivr.net/gh/slidevjs/slidev/assets/favicon.png"; point it at a file in public/`,
    ])
  })
})
