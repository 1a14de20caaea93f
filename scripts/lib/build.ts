import { spawnSync } from 'node:child_process'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { findBrowser } from 'slidev-addon-talk-engine/browser'
import { exportName, slidevEnv } from './export'
import { writeOgImage } from './og-image'
import { addSectionBookmarks } from './pdf-bookmarks'

/**
 * `slidev build` of one entry into `out`, served under `base` (which must start and end with `/`);
 * with `siteUrl`, the slides show the hosted deck's QR code and address.
 */
export function slidevBuild({ entry, out, base, pdf, siteUrl }: { entry: string, out: string, base: string, pdf: boolean, siteUrl?: string }): void {
  // Slidev only empties an output directory inside the project; a stale PDF or og image must not survive.
  rmSync(out, { recursive: true, force: true })
  const args = [
    'slidev',
    'build',
    entry,
    '--out',
    out,
    '--base',
    base,
  ]
  // `--download` makes Slidev export the PDF from the built site (with the headmatter's `export:`) and
  // show the download button; it needs this machine's Chromium, which only we know how to find.
  if (pdf)
    args.push('--download', '--executable-path', findBrowser())
  const result = spawnSync('npx', args, {
    stdio: 'inherit',
    env: slidevEnv(siteUrl),
  })
  if (result.status !== 0)
    throw new Error(`slidev build ${entry} failed (exit ${result.status}).`)
}

/**
 * Link previews ignore relative image URLs, and only the host knows its own address:
 * `siteUrl` (e.g. https://owner.github.io/repo/) makes `og:image` and `twitter:image` absolute.
 */
export function absolutizeSocialImage(out: string, siteUrl: string): void {
  const root = siteUrl.endsWith('/')
    ? siteUrl
    : `${siteUrl}/`
  for (const page of ['index.html', '404.html']) {
    const file = join(out, page)
    const html = readFileSync(file, 'utf8')
    const patched = html.replace(/(property="(?:og|twitter):image" content=")og-image\.png"/g, `$1${root}og-image.png"`)
    if (patched === html)
      throw new Error(`${file} has no relative og:image to make absolute; is headmatter seoMeta.ogImage "og-image.png"?`)
    writeFileSync(file, patched)
  }
}

/** The deck as it is published: the site, its PDF for download, and its social preview image. */
export async function buildSite({ entry, out, base, siteUrl }: { entry: string, out: string, base: string, siteUrl?: string }): Promise<void> {
  if (!siteUrl)
    console.log(`No --site-url given: ${entry} is built without the QR code and address of the hosted deck (title and closing slides), and link previews keep a relative og:image.`)
  slidevBuild({ entry, out, base, pdf: true, siteUrl })
  await addSectionBookmarks(join(out, `${exportName(entry)}.pdf`), entry)
  await writeOgImage(out, base)
  if (siteUrl)
    absolutizeSocialImage(out, siteUrl)
}
