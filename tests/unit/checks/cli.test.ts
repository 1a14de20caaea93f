import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadDeckInput, RULES } from '../../../scripts/lib/deck-rules'
import { copyDeck, inject, lineOf, ROOT, slideNo } from './support'

describe('the CLI', () => {
  it('prints file:line (slide N): rule: message, writes --json and exits 1', async () => {
    const root = copyDeck()
    inject(root, 'pages/closing.md', 'you can find me on LinkedIn', 'you can find me at 99.99% uptime on LinkedIn')
    const out = join(root, 'check.json')
    const run = spawnSync('npx', [
      'tsx',
      'scripts/check-deck.ts',
      '--root',
      root,
      '--json',
      out,
    ], { cwd: ROOT, encoding: 'utf8' })
    const line = lineOf(root, 'pages/closing.md', '99.99% uptime')
    const deck = await loadDeckInput(root)
    const no = slideNo(deck, 'pages/closing.md', '99.99% uptime')
    expect(run.stderr).toContain(`pages/closing.md:${line} (slide ${no}): figures: 99.99% is not a figure in data/; data/metrics.ts has availabilityTarget = 99.999%+ (availability aimed for in mission-critical platform services)\n`)
    expect(run.stdout).toMatch(new RegExp(`^check-deck: ${deck.slides.length} slides, ${RULES.length} rules: ${RULES.length - 1} passed, 1 failed — figures \\(1\\) in [\\d.]+ s\n$`, 'm'))
    expect(run.status).toBe(1)
    const report = JSON.parse(readFileSync(out, 'utf8'))
    expect(report).toMatchObject({
      passed: RULES.length - 1,
      failed: 1,
      rules: { figures: 1 },
    })
    expect(report.problems).toEqual([
      expect.objectContaining({
        rule: 'figures',
        file: 'pages/closing.md',
        line,
        slide: no,
      }),
    ])
  }, 60_000)
})
