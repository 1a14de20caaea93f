import type { DeckInput, Problem } from '../../scripts/lib/deck-rules'
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import {
  checkCounters,
  checkCuts,
  checkDiagramRefs,
  checkEncoding,
  checkExternal,
  checkFigures,
  checkMermaidBlocks,
  checkNotes,
  checkPacing,
  formatProblem,
  loadDeckInput,
  noteClicks,
  noteSeconds,
  repairMojibake,
  RULES,
  runRules,
} from '../../scripts/lib/deck-rules'

/**
 * Each rule is proved on a copy of the real deck with one fault injected:
 * the check must name the file, line, slide and what data/ holds.
 */

const ROOT = resolve(__dirname, '../..')
const COPY = ['slides.md', 'slides-interview.md', 'pages', 'data', 'components', 'layouts', 'styles', 'setup', 'composables', 'public']
const made: string[] = []

/**
 * Copies live under the project's (git-ignored) test-results/: vitest only
 * transforms TypeScript inside the project, and the checker imports the copy's data/.
 */
function copyDeck(): string {
  mkdirSync(join(ROOT, 'test-results'), { recursive: true })
  const dir = mkdtempSync(join(ROOT, 'test-results', 'deck-check-'))
  made.push(dir)
  for (const path of COPY) {
    if (existsSync(join(ROOT, path)))
      cpSync(join(ROOT, path), join(dir, path), { recursive: true })
  }
  return dir
}

/** Replaces exactly one occurrence, so a fixture cannot silently miss its target when the deck changes. */
function inject(root: string, file: string, find: string, replace: string): void {
  const path = join(root, file)
  const text = readFileSync(path, 'utf8')
  const count = text.split(find).length - 1
  if (count !== 1)
    throw new Error(`fixture: expected "${find}" once in ${file}, found it ${count} times`)
  writeFileSync(path, text.replace(find, replace))
}

/** The 1-based line of the only line of `file` containing `text`. */
function lineOf(root: string, file: string, text: string): number {
  const lines = readFileSync(join(root, file), 'utf8').split('\n')
  const hits = lines.flatMap((line, i) => line.includes(text) ? [i + 1] : [])
  if (hits.length !== 1)
    throw new Error(`fixture: expected "${text}" on one line of ${file}, found ${hits.length}`)
  return hits[0]
}

/** The number of the slide of `file` whose text contains `text`, so tests survive slides being added or moved. */
function slideNo(deck: DeckInput, file: string, text: string): number {
  const hits = deck.slides.filter(slide => slide.file === file && slide.raw.includes(text))
  if (hits.length !== 1)
    throw new Error(`fixture: expected one slide of ${file} containing "${text}", found ${hits.length}`)
  return hits[0].no
}

async function faulty(file: string, find: string, replace: string): Promise<{ root: string, deck: DeckInput }> {
  const root = copyDeck()
  inject(root, file, find, replace)
  return { root, deck: await loadDeckInput(root) }
}

const messages = (problems: Problem[]) => problems.map(formatProblem)

afterAll(() => {
  for (const dir of made)
    rmSync(dir, { recursive: true, force: true })
})

describe('the real deck', () => {
  it('passes every rule', async () => {
    const report = await runRules(await loadDeckInput(ROOT))
    expect(messages(report.problems)).toEqual([])
    expect(report).toMatchObject({ passed: RULES.length, failed: 0 })
  }, 60_000)
})

describe('mermaid', () => {
  it('names the file, slide and line of a syntax error in a ```mermaid block', async () => {
    const { root, deck } = await faulty('pages/dns.md', '# What it delivered\n', '# What it delivered\n\n```mermaid\nflowchart LR\n  a --> b\n  b --> --> c\n```\n')
    const line = lineOf(root, 'pages/dns.md', 'b --> --> c')
    const problems = await checkMermaidBlocks(deck)
    expect(problems).toHaveLength(1)
    expect(formatProblem(problems[0])).toMatch(new RegExp(`^pages/dns\\.md:${line} \\(slide ${slideNo(deck, 'pages/dns.md', '# What it delivered')}\\): mermaid: mermaid block does not parse \\(Mermaid line 3\\): Parse error on line 3:`))
  }, 30_000)

  it('accepts a valid block of a kind that does not build up by steps', async () => {
    const { deck } = await faulty('pages/dns.md', '# What it delivered\n', '# What it delivered\n\n```mermaid {scale: 0.8}\npie title Zones\n  "prod" : 3\n  "dev" : 1\n```\n')
    expect(await checkMermaidBlocks(deck)).toEqual([])
  }, 30_000)
})

describe('diagrams', () => {
  it('rejects a <MermaidSteps> naming a diagram that does not exist', async () => {
    const { root, deck } = await faulty('pages/gateway.md', '<MermaidSteps diagram="gateway" />', '<MermaidSteps diagram="gatewy" />')
    const line = lineOf(root, 'pages/gateway.md', 'diagram="gatewy"')
    expect(messages(await checkDiagramRefs(deck))).toEqual([
      `pages/gateway.md:${line} (slide ${slideNo(deck, 'pages/gateway.md', 'diagram="gatewy"')}): diagrams: <MermaidSteps diagram="gatewy">: no such diagram in data/diagrams (known: gateway, dns, connectivity, handshake, pipeline)`,
    ])
  }, 30_000)

  it('reports a broken diagram through checkDiagrams(), at the slide that shows it', async () => {
    const { root, deck } = await faulty('data/diagrams/dns.ts', '    root[internal.com]', '    root[internal.com')
    const line = lineOf(root, 'data/diagrams/dns.ts', 'root[internal.com')
    const problems = messages(await checkDiagramRefs(deck))
    expect(problems).toHaveLength(1)
    // Mermaid's own wording, cut to one line: where, what it expected, and the diagram line.
    expect(problems[0]).toMatch(new RegExp(`^data/diagrams/dns\\.ts:${line} \\(slide ${slideNo(deck, 'pages/dns.md', '<MermaidSteps diagram="dns"')}\\): diagrams: diagram "dns" does not parse: Parse error on line \\d+: Expecting 'SQE', .* got 'SQS' \\(Mermaid line 6\\)$`))
  }, 30_000)
})

describe('counters', () => {
  it('rejects a <MetricCounter> naming an unknown metric', async () => {
    const { root, deck } = await faulty('pages/gateway.md', '<MetricCounter metric="aggregateRps" />', '<MetricCounter metric="aggregateRPS" />')
    const line = lineOf(root, 'pages/gateway.md', 'metric="aggregateRPS"')
    const no = slideNo(deck, 'pages/gateway.md', 'metric="aggregateRPS"')
    expect(messages(checkCounters(deck))).toEqual([
      `pages/gateway.md:${line} (slide ${no}): counters: Unknown metric "aggregateRPS" (slide ${no}); known metrics: aggregateRps, averageRps, successRateBefore, successRateAfter, availabilityTarget, eksClusters, ciscoDevices, dnsRuntimes, yearsExperience, yearsAtTwilio`,
    ])
  })

  it('rejects a counter whose metric value is not a finite number, and the other rules still run', async () => {
    const { root, deck } = await faulty('data/metrics.ts', 'value: 127,', 'value: Number.NaN,')
    const line = lineOf(root, 'pages/career.md', 'metric="ciscoDevices"')
    const no = slideNo(deck, 'pages/career.md', 'metric="ciscoDevices"')
    expect(messages(checkCounters(deck))).toEqual([
      `pages/career.md:${line} (slide ${no}): counters: formatMetric: metric "ciscoDevices" (slide ${no}) value is not finite: NaN`,
    ])
    // The other rules keep working around the broken metric.
    const report = await runRules(deck)
    expect(messages(report.problems)).toEqual([`pages/career.md:${line} (slide ${no}): counters: formatMetric: metric "ciscoDevices" (slide ${no}) value is not finite: NaN`])
  })
})

describe('figures', () => {
  it('rejects 99.99% for the success rate in a speaker note, naming the value data/ holds', async () => {
    const { root, deck } = await faulty('pages/reliability.md', 'After it: 99.90%', 'After it: 99.99%')
    const line = lineOf(root, 'pages/reliability.md', 'After it: 99.99%')
    expect(messages(checkFigures(deck))).toEqual([
      `pages/reliability.md:${line} (slide ${slideNo(deck, 'pages/reliability.md', 'After it: 99.99%')}): figures: 99.99% is not a figure in data/; data/metrics.ts has successRateAfter = 99.90% (inter-service success rate after NLB hardening)`,
    ])
  })

  it('rejects 99.9% on a slide, and accepts it as a labelled reference SLO', async () => {
    const { root, deck } = await faulty('pages/closing.md', '96.33% → 99.90%: the inter-service', '96.33% → 99.9%: the inter-service')
    const line = lineOf(root, 'pages/closing.md', '96.33% → 99.9%: the inter-service')
    expect(messages(checkFigures(deck))).toEqual([
      `pages/closing.md:${line} (slide ${slideNo(deck, 'pages/closing.md', '→ 99.9%: the inter-service')}): figures: 99.9% is not a figure in data/; data/metrics.ts has successRateAfter = 99.90% (inter-service success rate after NLB hardening)`,
    ])
    const labelled = await faulty('pages/focus.md', 'Three nines allow', 'Three nines, the 99.9% reference SLO, allow')
    expect(checkFigures(labelled.deck)).toEqual([])
  })

  it('rejects a stray figure in the headmatter info', async () => {
    const root = copyDeck()
    inject(root, 'slides.md', 'validated at 3.39M RPS in stress tests, and the NLB', 'validated at 3.4M RPS in stress tests, and the NLB')
    inject(root, 'slides.md', 'from 96.33% to 99.90%.\n  ogImage', 'from 96.33% to 99.99%.\n  ogImage')
    expect(messages(checkFigures(await loadDeckInput(root)))).toEqual([
      `slides.md:${lineOf(root, 'slides.md', 'at 3.4M RPS in stress tests, and the NLB')}: figures: headmatter info: 3.4M is not a figure in data/; data/ holds 3.39M (data/metrics.ts aggregateRps), 1.74M (data/metrics.ts averageRps)`,
      `slides.md:${lineOf(root, 'slides.md', 'to 99.99%')}: figures: headmatter seoMeta.ogDescription: 99.99% is not a figure in data/; data/metrics.ts has successRateAfter = 99.90% (inter-service success rate after NLB hardening)`,
    ])
  })

  it('rejects counts, RPS, ratios and years that data/ does not hold, and passes ordinals and product names', async () => {
    const { root, deck } = await faulty('pages/influence.md', 'A Staff role is measured by what other people ship.', 'A Staff role is measured by what other people ship: 60+ engineers since 2015, 2,000,000 RPS, 40× faster. Part 2 of 4, Route 53, us-east-1, step 3.')
    const line = lineOf(root, 'pages/influence.md', 'A Staff role is measured')
    const at = `pages/influence.md:${line} (slide ${slideNo(deck, 'pages/influence.md', 'A Staff role is measured')}): figures:`
    expect(messages(checkFigures(deck))).toEqual([
      `${at} 60+ is not a count in data/; data/metrics.ts has 50+, 10+, 4+`,
      `${at} 2015 is not a year in data/career.ts (years there: 2010, 2014, 2016, 2018, 2019, 2020, 2021, 2023)`,
      `${at} 2,000,000 RPS is not a figure in data/; write RPS as the metric's millions (3.39M, 1.74M)`,
      `${at} 40× is not a ratio in data/; data/derived.ts gives 37× or 36.7×`,
    ])
  })

  it('follows data/: changing a metric makes the slides that state the old value fail', async () => {
    const { root, deck } = await faulty('data/metrics.ts', 'value: 96.33,', 'value: 96.3,')
    const problems = messages(checkFigures(deck))
    const line = lineOf(root, 'pages/closing.md', '96.33% → 99.90%: the inter-service')
    expect(problems).toContain(`pages/closing.md:${line} (slide ${slideNo(deck, 'pages/closing.md', '96.33% → 99.90%: the inter-service')}): figures: 96.33% is not a figure in data/; data/metrics.ts has successRateBefore = 96.30% (inter-service success rate before NLB hardening)`)
  })
})

describe('encoding', () => {
  it('rejects "G√≥mez" (as the seed has it) on a slide and says what it should read', async () => {
    const { root, deck } = await faulty('pages/intro.md', '<div class="presenter-name">Juan Felipe Gómez</div>', '<div class="presenter-name">Juan Felipe G√≥mez</div>')
    const line = lineOf(root, 'pages/intro.md', 'G√≥mez')
    expect(messages(checkEncoding(deck))).toEqual([
      `pages/intro.md:${line} (slide ${slideNo(deck, 'pages/intro.md', 'G√≥mez')}): encoding: mis-encoded text "G√≥mez" (UTF-8 read as Mac Roman); it should read "Gómez"`,
    ])
  })

  it('rejects Latin-1 mojibake in data/ and a replacement character in a component', async () => {
    const root = copyDeck()
    inject(root, 'data/profile.ts', `name: 'Juan Felipe Gómez'`, `name: 'Juan Felipe GÃ³mez'`)
    inject(root, 'components/ContactLinks.vue', '<ul class="contact-links">', '<ul class="contact-links" title="Contact \uFFFD">')
    const problems = messages(checkEncoding(await loadDeckInput(root)))
    expect(problems).toEqual([
      `data/profile.ts:${lineOf(root, 'data/profile.ts', 'GÃ³mez')}: encoding: mis-encoded text "GÃ³mez" (UTF-8 read as Latin-1/Windows-1252); it should read "Gómez"`,
      `components/ContactLinks.vue:${lineOf(root, 'components/ContactLinks.vue', '\uFFFD')}: encoding: mis-encoded text "\uFFFD" (a replacement character (U+FFFD): bytes were lost in decoding)`,
    ])
  })

  it('repairs the seed\'s mis-encodings to what they said', () => {
    expect(repairMojibake('G√≥mez')).toBe('Gómez')
    expect(repairMojibake('üëã')).toBeUndefined() // the emoji's first byte is gone; nothing to repair from
    expect(repairMojibake('\uF8FFüëã')).toBe('👋')
    expect(repairMojibake('â€™')).toBe('’')
  })
})

describe('external resources', () => {
  it('rejects a remote badge image and passes a LinkedIn link', async () => {
    const { root, deck } = await faulty('pages/closing.md', '<ContactLinks />', '<ContactLinks />\n<a href="https://www.linkedin.com/in/juangomez27/"><img src="https://img.shields.io/badge/LinkedIn-blue.svg"></a>')
    const line = lineOf(root, 'pages/closing.md', 'img.shields.io')
    expect(messages(checkExternal(deck))).toEqual([
      `pages/closing.md:${line} (slide ${slideNo(deck, 'pages/closing.md', 'img.shields.io')}): external: <img src="https://img.shields.io/badge/LinkedIn-blue.svg"> loads a remote resource; bundle it locally (public/ or an npm package)`,
    ])
  })

  it('rejects a Google Fonts @import in styles/', async () => {
    const root = copyDeck()
    const css = readFileSync(join(root, 'styles/slides.css'), 'utf8')
    writeFileSync(join(root, 'styles/slides.css'), `@import url('https://fonts.googleapis.com/css2?family=Inter');\n${css}`)
    expect(messages(checkExternal(await loadDeckInput(root)))).toEqual([
      `styles/slides.css:1: external: CSS @import url(https://fonts.googleapis.com/css2?family=Inter loads a remote resource; use a local file or @fontsource`,
    ])
  })

  it('rejects Google as the font provider and a remote favicon in the headmatter', async () => {
    const root = copyDeck()
    inject(root, 'slides.md', '  provider: none\n', '  provider: google\n')
    inject(root, 'slides.md', 'favicon: /favicon.svg', 'favicon: https://cdn.jsdelivr.net/gh/slidevjs/slidev/assets/favicon.png')
    expect(messages(checkExternal(await loadDeckInput(root)))).toEqual([
      `slides.md:${lineOf(root, 'slides.md', 'provider: google')}: external: headmatter fonts.provider is "google"; set it to none and ship fonts with @fontsource`,
      `slides.md:${lineOf(root, 'slides.md', 'favicon:')}: external: headmatter favicon is "https://cdn.jsdelivr.net/gh/slidevjs/slidev/assets/favicon.png"; point it at a file in public/`,
    ])
  })
})

describe('notes', () => {
  it('rejects a slide without a speaker note', async () => {
    const root = copyDeck()
    const page = readFileSync(join(root, 'pages/influence.md'), 'utf8')
    writeFileSync(join(root, 'pages/influence.md'), page.replace(/(<SkillGrid \/>\n)\n<!--[\s\S]*?-->\n?/, '$1'))
    const line = lineOf(root, 'pages/influence.md', '# The toolbox') - 4
    const deck = await loadDeckInput(root)
    expect(messages(checkNotes(deck))).toEqual([
      `pages/influence.md:${line} (slide ${slideNo(deck, 'pages/influence.md', '# The toolbox')}): notes: slide has no speaker note; add <!-- … --> with the words the presenter says`,
    ])
  })

  it('counts the clicks a note accounts for, as presenter mode reads [click] and [click:N]', () => {
    expect(noteClicks(undefined)).toBe(0)
    expect(noteClicks('Intro. [click] one [click] two')).toBe(2)
    expect(noteClicks('[click:3] jump [click] four')).toBe(4)
  })
})

describe('cuts', () => {
  it('rejects a note of a slide the interview cut shows that speaks of a section it leaves out', async () => {
    const { root, deck } = await faulty('pages/gateway.md', 'First, the API gateway.', 'First, the API gateway, the first of four architectures.')
    const line = lineOf(root, 'pages/gateway.md', 'the first of four architectures')
    const interview = deck.cuts.find(cut => cut.entry === 'slides-interview.md')!
    const no = interview.slides.find(slide => slide.raw.includes('the first of four architectures'))!.no
    // The full cut shows all four, so only the interview cut fails.
    expect(messages(checkCuts(deck))).toEqual([
      `pages/gateway.md:${line} (slide ${no}): cuts: slides-interview.md leaves out pages/dns.md, pages/connectivity.md, pages/pipeline.md, but this slide or its note speaks of the four architectures: "…the API gateway, the first of four architectures. At Twilio I led the zero-to-…"`,
    ])
  }, 30_000)

  it('rejects DNS in a note the interview cut shows, and passes the same words in the full cut, which shows DNS', async () => {
    const { root, deck } = await faulty('pages/reliability.md', 'In the same area, I hardened Ingress Gateways', 'In the same area, I redesigned DNS and hardened Ingress Gateways')
    const line = lineOf(root, 'pages/reliability.md', 'I redesigned DNS')
    const interview = deck.cuts.find(cut => cut.entry === 'slides-interview.md')!
    const no = interview.slides.find(slide => slide.raw.includes('I redesigned DNS'))!.no
    expect(messages(checkCuts(deck))).toEqual([
      `pages/reliability.md:${line} (slide ${no}): cuts: slides-interview.md leaves out pages/dns.md, but this slide or its note speaks of the DNS hierarchy: "…n the same area, I redesigned DNS and hardened Ingress Gateways…"`,
    ])
  }, 30_000)

  it('rejects an import\'s label that names a left-out section, at the line of the import', async () => {
    const { root, deck } = await faulty('slides-interview.md', 'kicker: API gateway · Outcome', 'kicker: Architecture 1 of 4 · Outcome')
    const interview = deck.cuts.find(cut => cut.entry === 'slides-interview.md')!
    const no = interview.slides.find(slide => slide.frontmatter.kicker === 'Architecture 1 of 4 · Outcome')!.no
    expect(messages(checkCuts(deck))).toEqual([
      `slides-interview.md:${lineOf(root, 'slides-interview.md', 'kicker: Architecture 1 of 4 · Outcome')} (slide ${no}): cuts: slides-interview.md leaves out pages/dns.md, pages/connectivity.md, pages/pipeline.md, but its kicker speaks of the four architectures: "Architecture 1 of 4 · Outcome"`,
    ])
  }, 30_000)

  it('rejects section labels that skip a part', async () => {
    const { root, deck } = await faulty('pages/reliability.md', 'kicker: Part 3\n', 'kicker: Part 4\n')
    const no = deck.slides.find(slide => slide.file === 'pages/reliability.md' && slide.frontmatter.kicker === 'Part 4')!.no
    expect(messages(checkCuts(deck)).filter(m => m.startsWith('pages/'))).toEqual([
      `pages/reliability.md:${lineOf(root, 'pages/reliability.md', 'kicker: Part 4')} (slide ${no}): cuts: slides.md: section label "Part 4" follows Part 2; number the parts as this cut runs (Part 3 here)`,
    ])
  }, 30_000)
})

describe('pacing', () => {
  it('reads a note\'s opening timing cue in seconds', () => {
    expect(noteSeconds('**About 40 seconds.**\n\nHi.')).toBe(40)
    expect(noteSeconds('**About 2 minutes.**\n\nNow.')).toBe(120)
    expect(noteSeconds('Hi. About 40 seconds in, I say this.')).toBeUndefined()
  })

  it('fails a cut whose notes add up to more than its duration, naming the cut, the sum and the duration', async () => {
    const root = copyDeck()
    inject(root, 'slides-interview.md', 'duration: 10min', 'duration: 6min')
    const deck = await loadDeckInput(root)
    const interview = deck.cuts.find(cut => cut.entry === 'slides-interview.md')!
    const sum = interview.slides.reduce((total, slide) => total + noteSeconds(slide.note)!, 0)
    const clock = `${Math.floor(sum / 60)} min${sum % 60 ? ` ${sum % 60} s` : ''}`
    expect(messages(checkPacing(deck))).toEqual([
      `slides-interview.md:${lineOf(root, 'slides-interview.md', 'duration: 6min')}: pacing: slides-interview.md: the notes’ timing cues add up to ${clock}, ${Math.round((sum - 360) / 3.6)}% over its duration 6min (6 min); bring them within 10% or change the duration`,
    ])
  })

  it('fails both cuts when a slide they share says it takes far longer, and passes a change within 10%', async () => {
    const cue = /\*\*About \d+ seconds\.\*\*(?=\s+Hi, I'm Juan)/
    const longer = (seconds: number) => {
      const root = copyDeck()
      const file = join(root, 'pages/intro.md')
      writeFileSync(file, readFileSync(file, 'utf8').replace(cue, `**About ${seconds} seconds.**`))
      return loadDeckInput(root)
    }
    const problems = messages(checkPacing(await longer(600)))
    expect(problems.map(p => p.split(':')[0])).toEqual(['slides.md', 'slides-interview.md'])
    expect(problems.every(p => /% over its duration (?:30|10)min/.test(p))).toBe(true)
    expect(checkPacing(await longer(45))).toEqual([])
  })

  it('requires each cut to declare its duration and a countdown timer, and every note a timing cue', async () => {
    const root = copyDeck()
    inject(root, 'slides-interview.md', 'duration: 10min\ntimer: countdown\n', '')
    const closing = readFileSync(join(root, 'pages/closing.md'), 'utf8')
    const cues = closing.match(/\*\*About \d+ (?:seconds|minutes)\.\*\*\n\n/g)!
    // The last slide's note loses its cue.
    writeFileSync(join(root, 'pages/closing.md'), closing.slice(0, closing.lastIndexOf(cues.at(-1)!)) + closing.slice(closing.lastIndexOf(cues.at(-1)!) + cues.at(-1)!.length))
    const deck = await loadDeckInput(root)
    const last = deck.slides.at(-1)!
    const problems = messages(checkPacing(deck))
    expect(problems).toContain(`slides-interview.md:1: pacing: slides-interview.md: headmatter timer is "stopwatch (Slidev’s default)"; set timer: countdown so the presenter view counts down this cut’s duration`)
    expect(problems).toContain(`slides-interview.md:1: pacing: slides-interview.md: headmatter duration is missing (Slidev’s timer assumes 30min); declare how long this cut runs, e.g. duration: 10min`)
    // Reported once, though both cuts show the slide.
    expect(problems.filter(p => p.includes('does not open with how long to spend'))).toEqual([
      `${last.file}:${last.line} (slide ${last.no}): pacing: speaker note does not open with how long to spend ("**About 40 seconds.**"), so slides.md’s pacing cannot be added up`,
    ])
  })
})

describe('the CLI', () => {
  it('prints file:line (slide N): rule: message, writes --json and exits 1', async () => {
    const root = copyDeck()
    inject(root, 'pages/closing.md', 'you can find me on LinkedIn', 'you can find me at 99.99% uptime on LinkedIn')
    const out = join(root, 'check.json')
    const run = spawnSync('npx', ['tsx', 'scripts/check-deck.ts', '--root', root, '--json', out], { cwd: ROOT, encoding: 'utf8' })
    const line = lineOf(root, 'pages/closing.md', '99.99% uptime')
    const deck = await loadDeckInput(root)
    const no = slideNo(deck, 'pages/closing.md', '99.99% uptime')
    expect(run.stderr).toContain(`pages/closing.md:${line} (slide ${no}): figures: 99.99% is not a figure in data/; data/metrics.ts has availabilityTarget = 99.999%+ (availability aimed for, mission-critical platform services)\n`)
    expect(run.stdout).toMatch(new RegExp(`^check-deck: ${deck.slides.length} slides, ${RULES.length} rules: ${RULES.length - 1} passed, 1 failed — figures \\(1\\) in [\\d.]+ s\n$`, 'm'))
    expect(run.status).toBe(1)
    const report = JSON.parse(readFileSync(out, 'utf8'))
    expect(report).toMatchObject({ passed: RULES.length - 1, failed: 1, rules: { figures: 1 } })
    expect(report.problems).toEqual([expect.objectContaining({ rule: 'figures', file: 'pages/closing.md', line, slide: no })])
  }, 60_000)
})
