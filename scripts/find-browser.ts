import { resolveBrowser } from 'slidev-addon-talk-engine/browser'
import { runMain } from './lib/main'

/** Prints the path of the browser this machine will use; where it came from goes to stderr. */
runMain(import.meta.url, () => {
  const { path, source } = resolveBrowser()
  console.log(path)
  console.error(`(${source})`)
})
