import type { DeckInput, Problem, RuleName } from './checks/input'
import { checkCounters } from './checks/counters'
import { checkCuts } from './checks/cuts'
import { checkDiagrams } from './checks/diagrams'
import { checkEncoding } from './checks/encoding'
import { checkExternal } from './checks/external'
import { checkFigures } from './checks/figures'
import { RULES } from './checks/input'
import { checkMermaidBlocks } from './checks/mermaid'
import { checkNotes } from './checks/notes'
import { checkPacing } from './checks/pacing'
import { checkReading } from './checks/reading'
import { checkWords } from './checks/words'

export * from './checks/counters'
export * from './checks/cuts'
export * from './checks/diagrams'
export * from './checks/encoding'
export * from './checks/external'
export * from './checks/figures'
export * from './checks/helpers'
export * from './checks/input'
export * from './checks/mermaid'
export * from './checks/notes'
export * from './checks/pacing'
export * from './checks/reading'
export * from './checks/words'

/**
 * The rules behind `scripts/check-deck.ts`. Each rule is a function of a
 * loaded deck (`DeckInput`: slides, headmatter, source files, data/), so a test
 * can load a broken copy of the deck and assert the exact message.
 */

export interface DeckReport {
  passed: number
  failed: number
  rules: Record<RuleName, number>
  problems: Problem[]
}

export async function runRules(deck: DeckInput): Promise<DeckReport> {
  const checks: Record<RuleName, (deck: DeckInput) => Problem[] | Promise<Problem[]>> = {
    mermaid: checkMermaidBlocks,
    diagrams: checkDiagrams,
    counters: checkCounters,
    figures: checkFigures,
    encoding: checkEncoding,
    external: checkExternal,
    notes: checkNotes,
    pacing: checkPacing,
    cuts: checkCuts,
    words: checkWords,
    reading: checkReading,
  }
  const results = {} as Record<RuleName, Problem[]>
  for (const rule of RULES) {
    // A rule that throws is a failed rule with a message, never a checker that dies without a report.
    try {
      results[rule] = await checks[rule](deck)
    }
    catch (error) {
      results[rule] = [
        {
          rule,
          file: deck.headmatter.file,
          line: 1,
          message: `the ${rule} rule crashed: ${(error as Error).message}`,
        },
      ]
    }
  }
  const problems = RULES.flatMap(rule => results[rule])
  const failed = RULES.filter(rule => results[rule].length).length
  return {
    passed: RULES.length - failed,
    failed,
    rules: Object.fromEntries(RULES.map(rule => [rule, results[rule].length])) as Record<RuleName, number>,
    problems,
  }
}

/** `pages/gateway.md:12 (slide 9): figures: 99.99% is not …` */
export function formatProblem(problem: Problem): string {
  const slide = problem.slide === undefined
    ? ''
    : ` (slide ${problem.slide})`
  return `${problem.file}:${problem.line}${slide}: ${problem.rule}: ${problem.message}`
}
