import QRCode from 'qrcode'

/**
 * The hosted deck's address as the slides show it: a QR code drawn at build time from the
 * site URL the build is given (no network, no QR library in the browser) and the short URL as text.
 */

/** How the address reaches Slidev's Vite server in `slidev build`, `slidev export` and `slidev` (dev). */
export const SITE_URL_ENV = 'DECK_SITE_URL'

/** ISO 18004's quiet zone: four modules of light on every side, which scanners need to find the code. */
export const QUIET_ZONE = 4

export interface SiteLink {
  /** Absolute http(s) URL, as given. */
  url: string
  /** What a person types: host and path, no scheme, no `www.`, no trailing slash. */
  label: string
  qr: {
    /** Modules per side, without the quiet zone. */
    size: number
    /** Every dark module as one SVG path in module units (0 … size). */
    path: string
    /** Light modules to leave on every side (`QUIET_ZONE`). */
    quietZone: number
  }
}

/** The site URL, checked: an absolute http(s) address, or an error that says what was wrong. */
export function parseSiteUrl(raw: string): URL {
  let url: URL
  try {
    url = new URL(raw)
  }
  catch {
    throw new Error(`site URL "${raw}" is not an absolute URL; give one like https://owner.github.io/talk/`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`site URL "${raw}" must start with https:// (or http://), not ${url.protocol}`)
  return url
}

/** `https://www.example.com/talk/` → `example.com/talk`. */
export function shortLabel(url: URL): string {
  const path = `${url.pathname}${url.search}`.replace(/\/$/, '')
  return `${url.host.replace(/^www\./, '')}${path}`
}

/**
 * Dark modules as horizontal runs (`M x y h n v 1 h -n z`), so the SVG stays small and draws
 * without hairline seams between neighbouring modules.
 */
export function qrPath(text: string): SiteLink['qr'] {
  // Level M (15% recovery) keeps the code at few, large modules while surviving glare on a projector.
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' })
  const runs: string[] = []
  for (let y = 0; y < modules.size; y++) {
    for (let x = 0; x < modules.size; x++) {
      if (!modules.get(y, x))
        continue
      let end = x
      while (end + 1 < modules.size && modules.get(y, end + 1))
        end++
      runs.push(`M${x} ${y}h${end - x + 1}v1h-${end - x + 1}z`)
      x = end
    }
  }
  return {
    size: modules.size,
    path: runs.join(''),
    quietZone: QUIET_ZONE,
  }
}

/** The link the slides show, or null when the build was given no site URL. */
export function siteLink(raw: string | undefined): SiteLink | null {
  if (!raw?.trim())
    return null
  const url = parseSiteUrl(raw.trim())
  return {
    url: url.href,
    label: shortLabel(url),
    qr: qrPath(url.href),
  }
}
