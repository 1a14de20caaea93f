import type { DeckSlide } from '../deck'
import type { DeckInput, Problem } from './input'
import { slideLine } from './helpers'

/**
 * Every slide must read on a phone: the reading view (components/ReadingView.vue) draws each slide's own
 * component reflowed by reading styles, which only the layouts and components below have. A slide with
 * another layout or component would reach a phone as a blank or a shrunken slide, so it fails here,
 * named, before it ships.
 */

/**
 * Layouts with reading styles: the deck's own (under `.reading-view` in each file) and the default
 * theme's `statement` (styles/reading.css).
 */
export const READING_LAYOUTS: readonly string[] = [
  'cover',
  'section',
  'metric',
  'architecture',
  'default',
  'statement',
]

/** Components that read on a phone: each lays itself out for the reading view, or needs nothing to. */
export const READING_COMPONENTS: readonly string[] = [
  'AvailabilityBudget',
  'CareerRoles',
  'CareerTimeline',
  'ContactLinks',
  'DerivedTag',
  'MermaidSteps',
  'MetricCounter',
  'PointCard',
  'SiteQrCode',
  'SkillGrid',
  'SlideKicker',
  'SuccessRateStory',
]

/** Slidev's click helpers: what they reveal is all shown at a slide's last click, where the reading view draws it. */
const READING_CLICK_TAGS: readonly string[] = ['v-click', 'v-clicks', 'v-after']

/** Components (`<PointCard`) and custom elements (`<v-switch`) a slide's Markdown uses; plain HTML tags are one lower-case word. */
const CUSTOM_TAG = /<([A-Z]\w*|[a-z]\w*(?:-\w+)+)[\s/>]/g

/** What a later click hides, or shows only for a while: a reader of the last click would never see it. */
const HIDDEN_BY_CLICKS: { pattern: RegExp, what: string }[] = [
  { pattern: /\bv-(?:click|after)(?:-hide|\.hide)\b/, what: 'content a later click hides (v-click-hide, .hide)' },
  { pattern: /\bv-click\s*=\s*"\s*\[/, what: 'content shown only between two clicks (v-click="[a, b]")' },
]

/** Slidev's layout for a slide without one: `cover` first, `default` after. */
function layoutOf(slide: DeckSlide): string {
  return slide.layout ?? (slide.no === 1
    ? 'cover'
    : 'default')
}

export function checkReading(deck: Pick<DeckInput, 'slides'>): Problem[] {
  const problems: Problem[] = []
  for (const slide of deck.slides) {
    const problem = (message: string, offset = 0) => problems.push({
      rule: 'reading',
      file: slide.file,
      line: offset
        ? slideLine(slide, offset)
        : slide.line,
      slide: slide.no,
      message,
    })
    const layout = layoutOf(slide)
    if (!READING_LAYOUTS.includes(layout))
      problem(`layout "${layout}" has no reading-view styles, so a phone would get it unreflowed; give it styles under .reading-view and add it to READING_LAYOUTS (scripts/lib/checks/reading.ts), or use one of ${READING_LAYOUTS.join(', ')}`)
    if (!slide.title?.trim())
      problem('slide has no # title: the reading view heads each slide\'s section with it')
    // Offsets into the raw slide, so each problem names the line it is on.
    const body = slide.raw.replace(/<!--[\s\S]*?-->/g, comment => ' '.repeat(comment.length))
    const reported = new Set<string>()
    for (const [, tag] of body.matchAll(CUSTOM_TAG)) {
      if (READING_COMPONENTS.includes(tag) || READING_CLICK_TAGS.includes(tag) || reported.has(tag))
        continue
      reported.add(tag)
      problem(`<${tag}> is not known to read on a phone; give it reading-view styles and add it to READING_COMPONENTS (scripts/lib/checks/reading.ts)`, body.indexOf(`<${tag}`))
    }
    for (const { pattern, what } of HIDDEN_BY_CLICKS) {
      const hit = pattern.exec(body)
      if (hit)
        problem(`${what}: the reading view shows a slide as its last click leaves it, so this would never reach a reader`, hit.index)
    }
  }
  return problems
}
