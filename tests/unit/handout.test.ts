// @vitest-environment happy-dom
import type { HandoutSlide } from '../../scripts/lib/handout'
import { describe, expect, it } from 'vitest'
import { handoutHtml, SLIDES_PER_PAGE } from '../../scripts/lib/handout'

// A data: URL, so the parsing document has nothing to fetch.
const STYLESHEET = 'data:text/css,body{}'

function slide(no: number, extra: Partial<HandoutSlide> = {}): HandoutSlide {
  return {
    no,
    title: `Slide ${no}`,
    image: 'iVBORw0KGgo=',
    notes: '<p>Said aloud.</p>',
    links: [],
    ...extra,
  }
}

/** The handout's page as a browser parses it. */
async function parsed(slides: HandoutSlide[], title = 'Platform at Scale'): Promise<Document> {
  const html = await handoutHtml({
    title,
    paper: 'A4',
    slides,
    stylesheets: [STYLESHEET],
  })
  expect(html.startsWith('<!doctype html>')).toBe(true)
  return new DOMParser().parseFromString(html, 'text/html')
}

describe('the handout\'s page', () => {
  it('keeps titles, sections and link targets as text, whatever characters they hold', async () => {
    const doc = await parsed([
      slide(1, {
        title: 'Q&A: <script>alert(1)</script> "quoted"',
        section: 'R&D <b>',
        links: [
          {
            href: 'https://example.com/?a=1&b="2"',
            left: 0.1,
            top: 0.2,
            width: 0.3,
            height: 0.05,
          },
        ],
      }),
    ], 'Talk <i>&</i>')
    expect(doc.querySelectorAll('script')).toHaveLength(0)
    expect(doc.querySelector('title')?.textContent).toBe('Talk <i>&</i> — speaker notes')
    expect(doc.querySelector('.ho-sheet header span')?.textContent).toBe('Talk <i>&</i>')
    expect(doc.querySelector('.ho-section')?.textContent).toBe('R&D <b>')
    expect(doc.querySelector('.ho-notes h2')?.textContent).toBe('1 Q&A: <script>alert(1)</script> "quoted"')
    const link = doc.querySelector('.ho-picture a')!
    expect(link.getAttribute('href')).toBe('https://example.com/?a=1&b="2"')
    expect(link.getAttribute('aria-label')).toBe('https://example.com/?a=1&b="2"')
    expect(link.getAttribute('style')).toMatch(/left:\s*10%;\s*top:\s*20%;\s*width:\s*30%;\s*height:\s*5%/)
  })

  it('sets the notes as Slidev rendered them, three slides to a sheet, the section heading only where one opens', async () => {
    const doc = await parsed([
      slide(1, { section: 'Introduction', notes: '<p>First <b class="ho-click">click 1</b> words.</p>' }),
      slide(2),
      slide(3),
      slide(4, { section: 'The road here' }),
    ])
    expect(doc.querySelector('[data-slide="1"] .ho-notes b.ho-click')?.textContent).toBe('click 1')
    const sheets = [
      ...doc.querySelectorAll('.ho-sheet'),
    ]
    expect(sheets.map(sheet => sheet.querySelectorAll('.ho-slide').length)).toEqual([SLIDES_PER_PAGE, 1])
    expect(sheets.map(sheet => sheet.querySelector('header span:last-child')?.textContent)).toEqual([
      'Speaker notes · page 1 of 2',
      'Speaker notes · page 2 of 2',
    ])
    expect([
      ...doc.querySelectorAll('.ho-section'),
    ].map(h => h.closest('.ho-slide')?.getAttribute('data-slide'))).toEqual(['1', '4'])
    expect(doc.querySelector('img')?.getAttribute('src')).toBe('data:image/png;base64,iVBORw0KGgo=')
    expect(doc.querySelector('link[rel="stylesheet"]')?.getAttribute('href')).toBe(STYLESHEET)
    expect(doc.querySelector('style')?.textContent).toContain('@page { size: A4; margin: 12mm; }')
  })
})
