import { spawn, spawnSync } from 'node:child_process'
import { performance } from 'node:perf_hooks'
import process from 'node:process'
import { waitForServer } from '../lib/serve'

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? sorted[mid]!
    : (sorted[mid - 1]! + sorted[mid]!) / 2
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

/** Wall-clock seconds of a command; throws with its output if it fails. */
export function timeCommand(command: string, args: string[], cwd = process.cwd()): number {
  const start = performance.now()
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' })
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`)
  return (performance.now() - start) / 1000
}

/** Seconds until a freshly started `slidev` dev server answers its first request. */
export async function timeDevServer(entry: string, port: number, cwd = process.cwd()): Promise<number> {
  const start = performance.now()
  const child = spawn('npx', [
    'slidev',
    entry,
    '--port',
    String(port),
  ], { cwd, stdio: 'ignore', detached: true })
  try {
    await waitForServer(`http://127.0.0.1:${port}/`, 120_000)
    return (performance.now() - start) / 1000
  }
  finally {
    process.kill(-child.pid!)
  }
}
