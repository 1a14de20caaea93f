import type { Plugin } from 'vite'
import { relative } from 'node:path'
import process from 'node:process'
import { defineVitePluginsSetup } from '@slidev/types'
import { sections } from '../data/sections'
import { placeSlides } from './sections'
import { SITE_URL_ENV, siteLink } from './site-link'

/**
 * Two build-time modules for the client, made in Node by Slidev's own Vite server, which
 * `slidev` (dev), `slidev build` and `slidev export` all run, so every output agrees:
 *
 * - `virtual:deck-site`: the hosted deck's URL, short label and QR code, from `DECK_SITE_URL`
 *   (scripts/lib/build.ts and scripts/lib/export.ts set it from `--site-url`), or null without one.
 * - `virtual:deck-sections`: each slide's section and position. Slidev ships no source file
 *   paths to the client in a build, so they are read here, from the parsed deck (`options.data`).
 */
const SITE = 'virtual:deck-site'
const SECTIONS = 'virtual:deck-sections'

export default defineVitePluginsSetup((options) => {
  const plugin: Plugin = {
    name: 'deck:site-and-sections',
    resolveId(id) {
      return id === SITE || id === SECTIONS
        ? `\0${id}`
        : undefined
    },
    load(id) {
      if (id === `\0${SITE}`)
        return `export default ${JSON.stringify(siteLink(process.env[SITE_URL_ENV]))}`
      if (id === `\0${SECTIONS}`) {
        // Read on every load: Slidev updates options.data in place when a slide file changes.
        const slides = options.data.slides.map(slide => ({
          file: relative(options.userRoot, slide.source.filepath),
          layout: slide.frontmatter.layout as string | undefined,
        }))
        return `export default ${JSON.stringify(placeSlides(slides, sections))}`
      }
    },
    handleHotUpdate({ file, server }) {
      // A slide added, moved or given another layout changes every later slide's place.
      if (file.endsWith('.md')) {
        const module = server.moduleGraph.getModuleById(`\0${SECTIONS}`)
        if (module)
          server.moduleGraph.invalidateModule(module)
      }
    },
  }
  return [plugin]
})
