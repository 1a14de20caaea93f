import { describe, expect, it } from 'vitest'
import { isNarrowPortrait, readingLocation, readingRedirect, SLIDES_CHOSEN } from '../../setup/reading-switch'

const phone = { width: 390, height: 844 }
function slide(no: string, query: Record<string, unknown> = {}) {
  return {
    params: { no },
    query,
  }
}

describe('the switch to the reading view', () => {
  it('takes a phone held upright, not a phone on its side, a tablet or a desktop', () => {
    expect(isNarrowPortrait(phone)).toBe(true)
    expect(isNarrowPortrait({ width: 600, height: 960 })).toBe(true)
    expect(isNarrowPortrait({ width: 844, height: 390 })).toBe(false)
    expect(isNarrowPortrait({ width: 768, height: 1024 })).toBe(false)
    expect(isNarrowPortrait({ width: 1280, height: 720 })).toBe(false)
    // A narrow window on a desktop that is wider than tall keeps its slides.
    expect(isNarrowPortrait({ width: 500, height: 400 })).toBe(false)
  })

  it('opens a phone\'s link to slide N at slide N of the reading view, slide 1 at the top', () => {
    expect(readingRedirect(slide('12'), phone, null)).toEqual({ path: '/read', hash: '#12' })
    expect(readingRedirect(slide('1'), phone, null)).toEqual({ path: '/read', hash: '' })
    expect(readingRedirect(slide('12', { clicks: '3' }), phone, null)).toEqual({ path: '/read', hash: '#12' })
  })

  it('keeps the slides on a desktop, in print and embedded renderings, and once the reader chose them', () => {
    expect(readingRedirect(slide('12'), { width: 1280, height: 720 }, null)).toBeUndefined()
    expect(readingRedirect(slide('12', { print: '' }), phone, null)).toBeUndefined()
    expect(readingRedirect(slide('12', { print: 'clicks' }), phone, null)).toBeUndefined()
    expect(readingRedirect(slide('12', { embedded: 'true' }), phone, null)).toBeUndefined()
    expect(readingRedirect(slide('12'), phone, SLIDES_CHOSEN)).toBeUndefined()
  })

  it('sends a slide it cannot number (an alias, a typo) to the top of the reading view', () => {
    expect(readingRedirect(slide('intro'), phone, null)).toEqual({ path: '/read', hash: '' })
    expect(readingRedirect(slide('0'), phone, null)).toEqual({ path: '/read', hash: '' })
  })

  it('places slide N at its section\'s anchor', () => {
    expect(readingLocation(40)).toEqual({ path: '/read', hash: '#40' })
  })
})
