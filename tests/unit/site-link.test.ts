import jsQR from 'jsqr'
import { describe, expect, it } from 'vitest'
import { parseSiteUrl, qrPath, QUIET_ZONE, shortLabel, siteLink } from '../../setup/site-link'

/** Paints the SVG path of `qrPath` (runs of `M x y h n v 1 h -n z`) into RGBA pixels, quiet zone included, for a decoder. */
function raster({ size, path }: { size: number, path: string }, scale = 4): { data: Uint8ClampedArray, width: number } {
  const side = (size + 2 * QUIET_ZONE) * scale
  const data = new Uint8ClampedArray(side * side * 4).fill(255)
  for (const [, x, y, n] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let px = (Number(x) + QUIET_ZONE) * scale; px < (Number(x) + Number(n) + QUIET_ZONE) * scale; px++) {
      for (let py = (Number(y) + QUIET_ZONE) * scale; py < (Number(y) + 1 + QUIET_ZONE) * scale; py++)
        data.fill(0, (py * side + px) * 4, (py * side + px) * 4 + 3)
    }
  }
  return { data, width: side }
}

describe('the hosted deck link', () => {
  it('draws a QR code that decodes to the URL, as a phone reads it', () => {
    const url = 'https://example.github.io/platform-at-scale/'
    const { data, width } = raster(qrPath(url))
    expect(jsQR(data, width, width)?.data).toBe(url)
  })

  it('keeps the code small: few modules, merged into runs', () => {
    const { size, path } = qrPath('https://example.github.io/platform-at-scale/')
    // Version 3 or 4 at level M: large modules that a phone at the back of a room still resolves.
    expect(size).toBeLessThanOrEqual(33)
    expect(path).toMatch(/^(?:M\d+ \d+h\d+v1h-\d+z)+$/)
  })

  it('shows the address without scheme, www or trailing slash', () => {
    expect(shortLabel(new URL('https://www.example.com/talk/'))).toBe('example.com/talk')
    expect(shortLabel(new URL('https://owner.github.io/'))).toBe('owner.github.io')
  })

  it('is null without a site URL, and refuses one that is not absolute http(s)', () => {
    expect(siteLink(undefined)).toBeNull()
    expect(siteLink('  ')).toBeNull()
    expect(() => parseSiteUrl('example.com/talk')).toThrow(/not an absolute URL/)
    expect(() => parseSiteUrl('ftp://example.com/')).toThrow(/must start with https:\/\//)
    expect(siteLink('https://example.com/talk/')).toMatchObject({ url: 'https://example.com/talk/', label: 'example.com/talk' })
  })
})
