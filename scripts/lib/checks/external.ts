import type { DeckInput, Problem } from './input'
import { slideAt } from './helpers'
/** Files whose content ships in the deck's pages (data/ holds link targets, which are allowed). */
const SHIPPED = /^(?:slides\.md|index\.html|pages\/|components\/|layouts\/|styles\/|setup\/|addons\/[^/]+\/(?:components|composables|setup|styles)\/)/
const CDN = /\b(?:fonts\.googleapis\.com|fonts\.gstatic\.com|cdn\.jsdelivr\.net|unpkg\.com|cdnjs\.cloudflare\.com|esm\.sh|use\.typekit\.net|fonts\.bunny\.net)\b/
const REMOTE = String.raw`(?:https?:)?\/\/`

/**
 * Nothing on stage may depend on the network: no remote images, scripts,
 * styles or fonts. Links a person can follow (`<a href>`, Markdown links, mailto:) are fine.
 */
export function checkExternal(deck: Pick<DeckInput, 'slides' | 'files' | 'headmatter'>): Problem[] {
  const problems: Problem[] = []
  const add = (file: string, line: number, message: string) =>
    problems.push({
      rule: 'external',
      file,
      line,
      slide: slideAt(deck.slides, file, line),
      message,
    })
  const { headmatter } = deck
  const fonts = headmatter.data.fonts as { provider?: string } | undefined
  if (fonts?.provider !== 'none')
    add(headmatter.file, headmatter.lines['fonts.provider'] ?? headmatter.lines.fonts ?? 1, `headmatter fonts.provider is ${JSON.stringify(fonts?.provider ?? 'google (Slidev default)')}; set it to none and ship fonts with @fontsource`)
  const favicon = headmatter.data.favicon
  if (typeof favicon !== 'string' || new RegExp(`^${REMOTE}`).test(favicon))
    add(headmatter.file, headmatter.lines.favicon ?? 1, `headmatter favicon is ${JSON.stringify(favicon ?? 'Slidev’s default, on cdn.jsdelivr.net')}; point it at a file in public/`)
  for (const file of deck.files.filter(f => SHIPPED.test(f.path))) {
    file.text.split('\n').forEach((line, i) => {
      for (const m of line.matchAll(new RegExp(String.raw`(?<![\w-])(:?)(src|href|srcset|poster|data|xlink:href)\s*=\s*["']\s*'?(${REMOTE}[^"'\s]*)`, 'g'))) {
        const tag = /<([\w-]+)(?:[^\w<-][^<]*)?$/.exec(line.slice(0, m.index))?.[1]
        if (m[2] === 'href' && tag?.toLowerCase() === 'a')
          continue
        add(file.path, i + 1, `<${tag ?? '?'} ${m[2]}="${m[3]}"> loads a remote resource; bundle it locally (public/ or an npm package)`)
      }
      for (const m of line.matchAll(new RegExp(String.raw`!\[[^\]]*\]\(\s*(${REMOTE}[^)\s]*)`, 'g')))
        add(file.path, i + 1, `Markdown image ${m[1]} is remote; put the file in public/`)
      for (const m of line.matchAll(new RegExp(String.raw`(@import\s+url\(|@import|url\()\s*["']?(${REMOTE}[^"')\s]*)`, 'g')))
        add(file.path, i + 1, `CSS ${m[1].trim()}${m[2]} loads a remote resource; use a local file or @fontsource`)
      const cdn = CDN.exec(line)
      if (cdn && !problems.some(p => p.file === file.path && p.line === i + 1))
        add(file.path, i + 1, `references ${cdn[0]}, a CDN the stage network may not reach`)
    })
  }
  return problems
}
