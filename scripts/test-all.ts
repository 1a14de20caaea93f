import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import process from 'node:process'
import { recordTestTime } from './lib/test-time'

/**
 * `npm test`: every runner in one command, in the order a failure is cheapest
 * to find. Ends with one line `N passed, N failed` totalled over all runners.
 */
interface Tally { passed: number, failed: number }
const total: Tally = { passed: 0, failed: 0 }
const summary: string[] = []

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  console.log(`\n$ ${command} ${args.join(' ')}`)
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: {
      ...process.env,
      ...env,
    },
  })
  return result.status === 0
}

/** A step that is one check: it passes or fails as a whole. */
function step(name: string, command: string, args: string[]) {
  const ok = run(command, args)
  ok
    ? total.passed++
    : total.failed++
  summary.push(`${ok ? 'ok  ' : 'FAIL'} ${name}`)
  return ok
}

/** A test runner whose JSON report gives per-test counts. */
function runner(name: string, command: string, args: string[], report: string, count: (json: any) => Tally, env: NodeJS.ProcessEnv = {}) {
  rmSync(report, { force: true })
  const ok = run(command, args, env)
  let tally: Tally = {
    passed: 0,
    failed: ok ? 0 : 1,
  }
  if (existsSync(report)) {
    tally = count(JSON.parse(readFileSync(report, 'utf8')))
    if (!ok && tally.failed === 0)
      tally.failed = 1 // the runner failed outside any test (config, webServer, crash)
  }
  total.passed += tally.passed
  total.failed += tally.failed
  summary.push(`${tally.failed ? 'FAIL' : 'ok  '} ${name}: ${tally.passed} passed, ${tally.failed} failed`)
}

mkdirSync('test-results', { recursive: true })
const started = Date.now()

step('typecheck (vue-tsc --noEmit)', 'npx', ['vue-tsc', '--noEmit'])
step('lint (eslint, @antfu/eslint-config)', 'npx', ['eslint', '.'])
runner('deck checks (scripts/check-deck.ts)', 'npx', [
  'tsx',
  'scripts/check-deck.ts',
  '--json',
  'test-results/check.json',
], 'test-results/check.json', (json: { passed: number, failed: number }) => json)
runner('unit tests (vitest)', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile=test-results/unit.json',
], 'test-results/unit.json', (json: { numPassedTests: number, numFailedTests: number }) => ({ passed: json.numPassedTests, failed: json.numFailedTests }))
const built = step('build (slidev build)', 'npx', ['slidev', 'build'])
if (built) {
  runner('browser tests (playwright)', 'npx', ['playwright', 'test'], 'test-results/e2e.json', (json: { stats: { expected: number, unexpected: number, flaky: number } }) => ({ passed: json.stats.expected + json.stats.flaky, failed: json.stats.unexpected }), { CI: '1' })
}
else {
  total.failed++
  summary.push('FAIL browser tests: skipped, the build failed')
}

console.log(`\n${summary.join('\n')}\n`)
console.log(`${total.passed} passed, ${total.failed} failed`)
recordTestTime(process.cwd(), (Date.now() - started) / 1000)
process.exit(total.failed ? 1 : 0)
