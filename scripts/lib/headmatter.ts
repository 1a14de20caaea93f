import type { Node } from 'yaml'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import process from 'node:process'
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml'

/** The one headmatter reader, for the checker (with line numbers for its messages), exports and tests. */
export interface Headmatter {
  file: string
  /** Line of each key, by dotted path (`fonts.provider`), for messages. */
  lines: Record<string, number>
  /** The headmatter's lines; `text[i]` is line `i + 2` of the file. */
  text: string[]
  data: Record<string, unknown>
}

/** The line of every key of `node`'s maps, by dotted path, from the positions YAML's own parser keeps (`at` turns an offset into a line). */
export function keyLines(node: Node | null | undefined, at: (offset: number) => number, prefix = '', lines: Record<string, number> = {}) {
  if (!isMap(node))
    return lines
  for (const { key, value } of node.items) {
    if (!isScalar(key) || !key.range)
      continue
    const path = `${prefix}${String(key.value)}`
    lines[path] ??= at(key.range[0])
    keyLines(value as Node | null, at, `${path}.`, lines)
  }
  return lines
}

/** The headmatter is the first frontmatter of the entry file; Slidev merges it into slide 1, so read it on its own. */
export function readHeadmatter(root: string, entry: string): Headmatter {
  const file = readFileSync(resolve(root, entry), 'utf8')
  const yaml = /^---\r?\n([\s\S]*?)\r?\n---/.exec(file)?.[1] ?? ''
  const counter = new LineCounter()
  const doc = parseDocument(yaml, { lineCounter: counter })
  return {
    file: entry,
    // The YAML starts on the file's second line, after the opening `---`.
    lines: keyLines(doc.contents, offset => counter.linePos(offset).line + 1),
    text: yaml.split('\n'),
    data: (doc.toJS() ?? {}) as Record<string, unknown>,
  }
}

/** A deck entry's headmatter (its first frontmatter block), without resolving its `src:` imports. */
export function headmatter(entry: string, root = process.cwd()): Record<string, unknown> {
  return readHeadmatter(root, entry).data
}
