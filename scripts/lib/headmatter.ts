import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parse as parseYaml } from 'yaml'

/** The one headmatter reader, for the checker (with line numbers for its messages), exports and tests. */
export interface Headmatter {
  file: string
  /** Line of each key, by dotted path (`fonts.provider`), for messages. */
  lines: Record<string, number>
  /** The headmatter's lines; `text[i]` is line `i + 2` of the file. */
  text: string[]
  data: Record<string, unknown>
}

/** The headmatter is the first frontmatter of the entry file; Slidev merges it into slide 1, so read it on its own. */
export function readHeadmatter(root: string, entry: string): Headmatter {
  const file = readFileSync(resolve(root, entry), 'utf8')
  const yaml = /^---\r?\n([\s\S]*?)\r?\n---/.exec(file)?.[1] ?? ''
  const text = yaml.split('\n')
  const lines: Record<string, number> = {}
  const stack: { indent: number, key: string }[] = []
  text.forEach((line, i) => {
    const m = /^(\s*)([\w-]+):/.exec(line)
    if (!m)
      return
    while (stack.length && stack.at(-1)!.indent >= m[1].length)
      stack.pop()
    stack.push({ indent: m[1].length, key: m[2] })
    const path = stack.map(s => s.key).join('.')
    if (!(path in lines))
      lines[path] = i + 2
  })
  return {
    file: entry,
    lines,
    text,
    data: (parseYaml(yaml) ?? {}) as Record<string, unknown>,
  }
}
