import type { DiagramProblem, DiagramSource, DiagramSpec, DiagramStep } from '../types'
import JSON5 from 'json5'
import { placeProblems } from './problems'

/**
 * Diagrams as they are written in a slide's Markdown, in either of two forms:
 *
 *   ```mermaid {steps: 'web | api e1 | db e2'}
 *   flowchart LR
 *     web[Browser] e1@--> api[API]
 *     api e2@--> db[(Users)]
 *   ```
 *
 *   <MermaidSteps :steps="[
 *     { show: 'web', caption: 'A browser signs in.' },
 *     { show: 'api e1', highlight: 'api', caption: 'The API checks the password.' },
 *   ]">
 *
 *   ```mermaid
 *   …
 *   ```
 *
 *   </MermaidSteps>
 *
 * A fence's options are a JavaScript object literal, as for Slidev's own ```mermaid block, read as
 * JSON5 (never run); a tag's bound attributes (`:steps`, `:camera`, `:scale`) are read the same way.
 * A ```mermaid block without `steps` stays Slidev's own.
 */
export interface DiagramBlock {
  spec: DiagramSpec
  source: DiagramSource
  /** Offsets of the whole block in the Markdown, to replace it with the component. */
  start: number
  end: number
  /** What is wrong with the way it is written (the Mermaid itself is checked when it is drawn). */
  problems: DiagramProblem[]
}

/** Where a slide's Markdown is: its file, its first line there, and its place in the file and the deck. */
export interface SlidePlace {
  /** Relative to the deck root. */
  file: string
  /** 1-based line in `file` of the Markdown's first line. */
  firstLine: number
  /** 1-based position of the slide in its file, for default ids. */
  slideInFile: number
  /** 1-based number of the slide in the deck, when known. */
  slide?: number
}

/** The options a block takes, in a fence or on the tag. */
export const OPTIONS = [
  'id',
  'steps',
  'at',
  'camera',
  'scale',
  'theme',
] as const
/** What a step object may say. */
export const STEP_KEYS = [
  'caption',
  'show',
  'highlight',
  'flow',
  'frame',
] as const
const FENCE = /^ {0,3}(`{3,}|~{3,})([^`~]*)$/
const MERMAID_INFO = /^mermaid(?:\s*(\{.*\}))?\s*$/
const TAG_OPEN = /^<MermaidSteps\b/
const TAG_CLOSE = /^\s*<\/MermaidSteps>\s*$/

interface Fence { open: number, close: number, info: string }

/** A block as found, before its options are read as a spec. */
interface Written {
  source: DiagramSource
  start: number
  end: number
  options: Record<string, unknown>
  code: string
  problems: { step?: number, message: string }[]
  /** Not a block the engine can read at all: its problems say why, and nothing else is checked. */
  malformed?: boolean
}

/** The line index of the fence closing the one opened on `open`, or the last line when it is never closed. */
function closeOf(lines: string[], open: number, marker: string): number {
  const closing = new RegExp(`^ {0,3}${marker[0] === '`'
    ? '`'
    : '~'}{${marker.length},}\\s*$`)
  for (let i = open + 1; i < lines.length; i++) {
    if (closing.test(lines[i]))
      return i
  }
  return lines.length - 1
}

/** A tag's attributes: `name="…"`, `name='…'`, `:name="…"` (bound) and bare `name`. */
function attributes(tag: string): Map<string, { value: string, bound: boolean }> {
  const found = new Map<string, { value: string, bound: boolean }>()
  const body = tag.replace(/^<MermaidSteps\b/, '').replace(/\/?>\s*$/, '')
  for (const m of body.matchAll(/(:?)([\w-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'))?/g))
    found.set(m[2], { value: m[3] ?? m[4] ?? 'true', bound: m[1] === ':' || (m[3] === undefined && m[4] === undefined) })
  return found
}

/** An id list as written: `'a b, c'` or `['a', 'b']`. */
function ids(value: unknown, what: string, problems: string[]): string[] | undefined {
  if (value === undefined)
    return undefined
  if (typeof value === 'string')
    return value.split(/[\s,]+/).filter(Boolean)
  if (Array.isArray(value) && value.every(v => typeof v === 'string'))
    return value
  problems.push(`${what} must be ids in a string ('a b') or a list (['a', 'b']), not ${JSON.stringify(value)}`)
  return undefined
}

/** Steps as written (`'a | b c'`, a list of id strings, or step objects) as `DiagramStep`s. */
export function readSteps(value: unknown, problems: { step?: number, message: string }[]): DiagramStep[] {
  const items = typeof value === 'string'
    ? value.split('|')
    : value
  if (!Array.isArray(items)) {
    problems.push({ message: `steps must be a list, or ids separated by | ('a | b c'), not ${JSON.stringify(value)}` })
    return []
  }
  return items.map((item: unknown, step) => {
    const found: string[] = []
    let result: DiagramStep
    if (typeof item === 'string') {
      result = {
        show: ids(item, 'show', found),
      }
    }
    else if (item && typeof item === 'object' && !Array.isArray(item)) {
      const raw = item as Record<string, unknown>
      for (const key of Object.keys(raw).filter(k => !(STEP_KEYS as readonly string[]).includes(k)))
        found.push(`has an unknown key "${key}" (a step has ${STEP_KEYS.join(', ')})`)
      if (raw.caption !== undefined && typeof raw.caption !== 'string')
        found.push(`caption must be text, not ${JSON.stringify(raw.caption)}`)
      result = {
        caption: typeof raw.caption === 'string'
          ? raw.caption
          : undefined,
        show: ids(raw.show, 'show', found),
        highlight: ids(raw.highlight, 'highlight', found),
        flow: ids(raw.flow, 'flow', found),
        frame: ids(raw.frame, 'frame', found),
      }
    }
    else {
      found.push(`must be ids ('a b') or an object ({ show, caption, … }), not ${JSON.stringify(item)}`)
      result = {}
    }
    problems.push(...found.map(message => ({ step, message })))
    return Object.fromEntries(Object.entries(result).filter(([, v]) => v !== undefined)) as DiagramStep
  })
}

/** What an option holds when it did not parse: its problem is told once, not again as a wrong value. */
const UNREADABLE = Symbol('unreadable')

/** JSON5, or a problem saying where it does not parse. */
function parseValue(text: string, what: string, problems: { message: string }[]): unknown {
  try {
    return JSON5.parse(text)
  }
  catch (error) {
    problems.push({ message: `${what} is not a JavaScript literal (read as JSON5): ${(error as Error).message.replace(/^JSON5: /, '')}` })
    return UNREADABLE
  }
}

/** The options of a block as a spec, with what is wrong in them. */
function specOf(options: Record<string, unknown>, code: string, fallbackId: string, problems: { step?: number, message: string }[]): DiagramSpec {
  for (const key of Object.keys(options).filter(k => !(OPTIONS as readonly string[]).includes(k)))
    problems.push({ message: `unknown option "${key}" (options: ${OPTIONS.join(', ')})` })
  const read = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== UNREADABLE))
  const { id, at, camera, scale, theme } = read
  if (id !== undefined && (typeof id !== 'string' || !/^[\w-]+$/.test(id)))
    problems.push({ message: `id must be letters, digits, - and _, not ${JSON.stringify(id)}` })
  if (at !== undefined && typeof at !== 'string' && typeof at !== 'number')
    problems.push({ message: `at must be a click number or '+N', not ${JSON.stringify(at)}` })
  if (camera !== undefined && typeof camera !== 'boolean')
    problems.push({ message: `camera must be true or false, not ${JSON.stringify(camera)}` })
  if (scale !== undefined && !(typeof scale === 'number' && scale > 0 && scale <= 1))
    problems.push({ message: `scale must be a number above 0 and at most 1, not ${JSON.stringify(scale)}` })
  if (theme !== undefined && typeof theme !== 'string')
    problems.push({ message: `theme must be a Mermaid theme name or 'auto', not ${JSON.stringify(theme)}` })
  const spec: DiagramSpec = {
    id: typeof id === 'string'
      ? id
      : fallbackId,
    code,
    steps: options.steps === UNREADABLE
      ? []
      : readSteps(options.steps, problems),
  }
  if (typeof at === 'string' || typeof at === 'number')
    spec.at = at
  if (typeof camera === 'boolean')
    spec.camera = camera
  if (typeof scale === 'number')
    spec.scale = scale
  if (typeof theme === 'string')
    spec.theme = theme
  return spec
}

/** Every fence of the Markdown, so that a fence's content (an example in ```md) is never read as a block. */
function fences(lines: string[]): Fence[] {
  const found: Fence[] = []
  for (let i = 0; i < lines.length; i++) {
    const m = FENCE.exec(lines[i])
    if (!m)
      continue
    const close = closeOf(lines, i, m[1])
    found.push({
      open: i,
      close,
      info: m[2].trim(),
    })
    i = close
  }
  return found
}

/** The diagram blocks of one slide's Markdown, in order. */
export function findDiagramBlocks(markdown: string, place: SlidePlace): DiagramBlock[] {
  const lines = markdown.split('\n')
  const offsets: number[] = []
  let at = 0
  for (const line of lines) {
    offsets.push(at)
    at += line.length + 1
  }
  const all = fences(lines)
  const inFence = (line: number) => all.some(f => line >= f.open && line <= f.close)
  const found: Written[] = []

  for (let i = 0; i < lines.length; i++) {
    if (inFence(i) || !TAG_OPEN.test(lines[i]))
      continue
    // The opening tag may span lines (a long `:steps`), up to the first line ending in `>`.
    let end = i
    while (end < lines.length - 1 && !/>\s*$/.test(lines[end]))
      end++
    const tag = lines.slice(i, end + 1).join('\n')
    if (/\/>\s*$/.test(tag))
      continue // self-closing: a tag the transformer wrote, or one naming a diagram by id
    const fence = all.find(f => f.open > end)
    const between = fence && lines.slice(end + 1, fence.open).every(l => !l.trim())
    const close = fence && lines.slice(fence.close + 1).findIndex(l => l.trim()) + fence.close + 1
    const problems: { step?: number, message: string }[] = []
    if (!fence || !between || !MERMAID_INFO.test(fence.info) || close === undefined || !TAG_CLOSE.test(lines[close] ?? '')) {
      problems.push({ message: '<MermaidSteps> must hold exactly one ```mermaid block, then </MermaidSteps>, with only blank lines between' })
      found.push({
        source: {
          file: place.file,
          line: place.firstLine + i,
          codeLine: place.firstLine + i,
          slide: place.slide,
        },
        start: offsets[i],
        end: offsets[end] + lines[end].length,
        options: {},
        code: '',
        problems,
        malformed: true,
      })
      continue
    }
    const options: Record<string, unknown> = {}
    for (const [name, { value, bound }] of attributes(tag)) {
      options[name] = bound
        ? parseValue(value, `:${name}`, problems)
        : value
    }
    const fenceOptions = MERMAID_INFO.exec(fence.info)![1]
    const fenceGiven = fenceOptions && parseValue(fenceOptions, 'the fence\'s options', problems)
    if (fenceGiven && typeof fenceGiven === 'object')
      Object.assign(options, fenceGiven)
    found.push({
      source: {
        file: place.file,
        line: place.firstLine + i,
        codeLine: place.firstLine + fence.open + 1,
        slide: place.slide,
      },
      start: offsets[i],
      end: offsets[close] + lines[close].length,
      options,
      code: lines.slice(fence.open + 1, fence.close).join('\n'),
      problems,
    })
    i = close
  }

  for (const fence of all) {
    const m = MERMAID_INFO.exec(fence.info)
    if (!m?.[1] || found.some(b => b.start <= offsets[fence.open] && offsets[fence.open] <= b.end))
      continue
    // Only a block with steps is the engine's: any other ```mermaid stays Slidev's.
    if (!/\bsteps\b/.test(m[1]))
      continue
    const problems: { step?: number, message: string }[] = []
    const options = parseValue(m[1], 'the fence\'s options', problems)
    if (options !== UNREADABLE && !(options && typeof options === 'object' && 'steps' in options))
      continue
    found.push({
      source: {
        file: place.file,
        line: place.firstLine + fence.open,
        codeLine: place.firstLine + fence.open + 1,
        slide: place.slide,
      },
      start: offsets[fence.open],
      end: offsets[fence.close] + lines[fence.close].length,
      options: options === UNREADABLE
        ? { steps: UNREADABLE }
        : options as Record<string, unknown>,
      code: lines.slice(fence.open + 1, fence.close).join('\n'),
      problems,
    })
  }

  found.sort((a, b) => a.start - b.start)
  const stem = place.file.replace(/^.*\//, '').replace(/\.md$/, '')
  return found.map((block, n) => {
    const fallback = `${stem}-${place.slideInFile}${found.length > 1
      ? `-${n + 1}`
      : ''}`
    const spec = block.malformed
      ? { id: fallback, code: '', steps: [] }
      : specOf(block.options, block.code, fallback, block.problems)
    if (!block.code.trim() && !block.problems.length)
      block.problems.push({ message: 'its ```mermaid block is empty' })
    return {
      spec,
      source: block.source,
      start: block.start,
      end: block.end,
      problems: placeProblems(block.problems.map(p => ({ ...p, diagram: spec.id })), block.source),
    }
  })
}
