import type { SlidevPluginOptions } from '@slidev/types'

/**
 * A slide's `# Title` renders as `<SlideTitle>` (components/SlideTitle.vue), not as a bare `<h1>`: the
 * same `<h1>` on a slide, an `<h2>` in the reading view, where the slides are sections of one document
 * under the deck's own title. Registered on Slidev's Markdown renderer (vite.config.ts), so every slide
 * and every cut gets it from the Markdown as written.
 */

/** Slidev's markdown-it (markdown-exit), as its Markdown plugin hands it to `markdownSetup`. */
type MarkdownIt = Parameters<NonNullable<NonNullable<SlidevPluginOptions['markdown']>['markdownSetup']>>[0]

/** The component a slide's title renders through. */
const SLIDE_TITLE = 'SlideTitle'

/** Makes `md` render level-1 headings as `<SlideTitle>`, leaving every other heading as it was. */
export function slideTitles(md: MarkdownIt): void {
  const { rules } = md.renderer
  const open = rules.heading_open
  const close = rules.heading_close
  rules.heading_open = (tokens, idx, options, env, self) => tokens[idx].tag === 'h1'
    ? `<${SLIDE_TITLE}${self.renderAttrs(tokens[idx])}>`
    : open?.(tokens, idx, options, env, self) ?? self.renderToken(tokens, idx, options)
  rules.heading_close = (tokens, idx, options, env, self) => tokens[idx].tag === 'h1'
    ? `</${SLIDE_TITLE}>`
    : close?.(tokens, idx, options, env, self) ?? self.renderToken(tokens, idx, options)
}
