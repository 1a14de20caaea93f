import { describe, expect, it } from 'vitest'
import { sourceLine } from '../logic/lines'

describe('sourceLine: Mermaid\'s line numbers back to the lines as written', () => {
  it('is the same line in a plain source', () => {
    expect(sourceLine('flowchart LR\n  a --> b\n  b --> c[', 3)).toBe(3)
  })

  it('counts the frontmatter, the blank lines after it, comments and leading blank lines', () => {
    const code = [
      '---', // 1
      'config:', // 2
      '  themeVariables:', // 3
      '    fontSize: 29px', // 4
      '---', // 5
      '', // 6
      'flowchart LR', // 7: Mermaid's line 1
      '  %% Seeds: 000 line 25.', // 8: taken out
      '  %% Drawn top-down.', // 9: taken out
      '  a --> b', // 10: Mermaid's line 2
      '  %%{init: {}}%%', // 11: a directive, kept by the comment rule
      '  b --> c[', // 12: Mermaid's line 4
    ].join('\n')
    expect(sourceLine(code, 1)).toBe(7)
    expect(sourceLine(code, 2)).toBe(10)
    expect(sourceLine(code, 4)).toBe(12)
  })
})
