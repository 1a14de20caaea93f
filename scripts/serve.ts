import { parseArgs } from 'node:util'
import { runMain } from './lib/main'
import { serve, serverUrl } from './lib/serve'

/** `npm run preview`: serves a built deck on loopback as a static host does. */
runMain(import.meta.url, async () => {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: 'dist' },
      base: { type: 'string', default: '/' },
      port: { type: 'string', default: '4173' },
    },
  })
  const server = await serve({
    dir: values.dir!,
    base: values.base,
    port: Number(values.port),
  })
  console.log(`Serving ${values.dir} at ${serverUrl(server, values.base)}`)
})
