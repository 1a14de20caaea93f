import { describe, expect, it } from 'vitest'
import { loadDeckInput, RULES, runRules } from '../../../scripts/lib/deck-rules'
import { messages, ROOT } from './support'

describe('the real deck', () => {
  it('passes every rule', async () => {
    const report = await runRules(await loadDeckInput(ROOT))
    expect(messages(report.problems)).toEqual([])
    expect(report).toMatchObject({ passed: RULES.length, failed: 0 })
  }, 60_000)
})
