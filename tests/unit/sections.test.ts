import { readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sectionMentions, sections } from '../../data/sections'
import { loadDeck } from '../../scripts/lib/deck'
import { sectionBookmarks } from '../../scripts/lib/pdf-bookmarks'
import { placeSlides } from '../../setup/sections'

const ROOT = resolve(__dirname, '../..')

describe('where each slide is in the talk', () => {
  it('names every file in pages/', () => {
    const pages = readdirSync(resolve(ROOT, 'pages')).filter(name => name.endsWith('.md')).map(name => name.replace(/\.md$/, ''))
    expect(pages.filter(page => !sections[page])).toEqual([])
  })

  it('speaks of sections that exist: every mention the cuts rule looks for names sections of data/sections.ts', () => {
    expect(sectionMentions.flatMap(m => m.sections).filter(key => !sections[key])).toEqual([])
  })

  for (const entry of ['slides.md', 'slides-interview.md']) {
    it(`${entry}: each slide is in the section of its file, numbered in this cut; covers, section openers and the last slide stay quiet`, async () => {
      const slides = await loadDeck(ROOT, entry)
      const places = placeSlides(slides, sections)
      const files = [
        ...new Set(slides.map(slide => slide.file)),
      ]
      slides.forEach((slide, i) => {
        const key = slide.file.replace(/^pages\/|\.md$/g, '')
        expect(places[i]).toMatchObject({
          no: slide.no,
          total: slides.length,
          key,
          section: sections[key],
          sectionNo: files.indexOf(slide.file) + 1,
          sectionCount: files.length,
        })
        expect(places[i].quiet, `slide ${slide.no} (${slide.layout})`).toBe(['cover', 'section'].includes(slide.layout ?? '') || slide.no === slides.length)
      })
      expect(places.some(place => !place.quiet)).toBe(true)
    })
  }

  it('names a file that has no section name, and what to add', () => {
    expect(() => placeSlides([
      { file: 'pages/intro.md' },
      { file: 'pages/extra.md' },
    ], sections))
      .toThrow('pages/extra.md (slide 2) has no section name; add `extra: \'…\'` to data/sections.ts')
  })

  it('groups PDF bookmarks by section, each opening its first slide\'s first page', () => {
    const slides = [
      {
        no: 1,
        file: 'pages/intro.md',
        layout: 'cover',
        title: 'Hello',
      },
      { no: 2, file: 'pages/intro.md', title: '**Bold** claim' },
      {
        no: 3,
        file: 'pages/gateway.md',
        layout: 'section',
        title: 'Gateway',
      },
    ]
    expect(sectionBookmarks(slides, [1, 2, 5])).toEqual([
      {
        title: sections.intro,
        page: 1,
        children: [
          { title: 'Hello', page: 1, children: [] },
          { title: 'Bold claim', page: 2, children: [] },
        ],
      },
      {
        title: sections.gateway,
        page: 5,
        children: [
          { title: 'Gateway', page: 5, children: [] },
        ],
      },
    ])
  })
})
