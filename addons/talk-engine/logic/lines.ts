/**
 * Mermaid numbers the lines of its source after taking out the frontmatter (and the blank lines after
 * it), every `%%` comment line and the blank lines before the first statement. The line, 1-based in
 * `code` as written, of what Mermaid calls line `mermaidLine`.
 */
export function sourceLine(code: string, mermaidLine: number): number {
  const lines = code.split('\n')
  let start = 0
  if (/^-{3}\s*$/.test(lines[0] ?? '')) {
    const close = lines.findIndex((line, i) => i > 0 && /^-{3}\s*$/.test(line))
    if (close > 0) {
      start = close + 1
      while (start < lines.length && lines[start] === '')
        start++
    }
  }
  const kept = lines
    .map((line, i) => ({ line, i }))
    .slice(start)
    .filter(({ line }) => !/^\s*%%(?!\{).+$/.test(line))
  while (kept.length && !kept[0].line.trim())
    kept.shift()
  return (kept[mermaidLine - 1]?.i ?? Math.min(lines.length, start + mermaidLine) - 1) + 1
}
