// Modules made at build time by setup/vite-plugins.ts.

declare module 'virtual:deck-site' {
  import type { SiteLink } from './site-link'

  const site: SiteLink | null
  export default site
}

declare module 'virtual:deck-sections' {
  import type { SlidePlace } from './sections'

  const places: SlidePlace[]
  export default places
}
