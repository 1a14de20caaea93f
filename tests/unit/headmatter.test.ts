import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readHeadmatter } from '../../scripts/lib/headmatter'

function entry(text: string): string {
  const root = mkdtempSync(join(tmpdir(), 'headmatter-'))
  writeFileSync(join(root, 'slides.md'), text)
  return root
}

describe('readHeadmatter', () => {
  it('gives each key its file line, nested keys by dotted path, and nothing inside a block scalar', () => {
    const root = entry([
      '---',
      'title: Talk',
      'info: |',
      '  Note: a line that looks like a key',
      '  export: neither is this',
      'fonts:',
      '  provider: none',
      '  sans: Inter',
      'seoMeta: { ogTitle: Talk }',
      '---',
      '',
      '# Slide',
    ].join('\n'))
    const headmatter = readHeadmatter(root, 'slides.md')
    expect(headmatter.lines).toEqual({
      'title': 2,
      'info': 3,
      'fonts': 6,
      'fonts.provider': 7,
      'fonts.sans': 8,
      'seoMeta': 9,
      'seoMeta.ogTitle': 9,
    })
    expect(headmatter.data).toMatchObject({
      fonts: { provider: 'none' },
      seoMeta: { ogTitle: 'Talk' },
    })
    expect(headmatter.text[headmatter.lines.fonts! - 2]).toBe('fonts:')
  })

  it('reads an entry without headmatter as empty', () => {
    expect(readHeadmatter(entry('# Slide\n'), 'slides.md')).toMatchObject({ lines: {}, data: {} })
  })
})
