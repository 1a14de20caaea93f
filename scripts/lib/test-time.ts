import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** Where `npm test` leaves its wall time, for the bench, which cannot afford to run it. */
const TEST_TIME = 'test-results/npm-test-time.json'

interface TestTime { seconds: number, date: string }

/** `npm test`'s wall time, written when it ends. */
export function recordTestTime(root: string, seconds: number): void {
  writeFileSync(join(root, TEST_TIME), `${JSON.stringify({
    seconds,
    date: new Date().toISOString(),
  } satisfies TestTime)}\n`)
}

/** `npm test`'s wall time from its last full run on this machine, if there was one. */
export function lastTestTime(root: string): TestTime | undefined {
  const file = join(root, TEST_TIME)
  return existsSync(file)
    ? JSON.parse(readFileSync(file, 'utf8')) as TestTime
    : undefined
}
