import { realpathSync } from 'node:fs'
import { resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'

/**
 * Whether the module at `moduleUrl` is the script node was started with. Compares file paths, not
 * URLs: a URL percent-encodes spaces and non-ASCII letters (`my%20talks/d%C3%A9ck`), argv does not.
 */
export function isMain(moduleUrl: string, argv1: string | undefined = process.argv[1]): boolean {
  if (!argv1)
    return false
  try {
    return realpathSync(resolve(argv1)) === realpathSync(fileURLToPath(moduleUrl))
  }
  catch {
    return false
  }
}

/** Runs a script's `main` when it is the entry point; a thrown error becomes its message and exit code 1. */
export async function runMain(moduleUrl: string, main: () => unknown): Promise<void> {
  if (!isMain(moduleUrl))
    return
  try {
    await main()
  }
  catch (error) {
    console.error((error as Error).message)
    process.exit(1)
  }
}
