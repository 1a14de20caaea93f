import type { ViteDevServer } from 'vite'
import { rmSync } from 'node:fs'
import process from 'node:process'
import { createServer, resolveOptions } from '@slidev/cli'

export interface ExportServer {
  server: ViteDevServer
  /** Slidev's resolved options for the deck (`options.data.slides` its slides). */
  options: Awaited<ReturnType<typeof resolveOptions>>
  /** Closes the server, removes its Vite cache and gives `DECK_VITE_CACHE` back its earlier value. */
  close: () => Promise<void>
}

/**
 * A Slidev dev server in export mode on `port`, as `slidev export` serves the print page, with a
 * Vite cache of its own (`cache`, emptied first, so the start is cold and no other server's
 * pre-bundles are touched): vite.config.ts reads `DECK_VITE_CACHE`, so it is set before Slidev
 * resolves the deck. For the print-ready browser test and `scripts/stress-export.ts`.
 */
export async function startExportServer({ port, cache }: { port: number, cache: string }): Promise<ExportServer> {
  const before = process.env.DECK_VITE_CACHE
  let server: ViteDevServer | undefined
  const close = async () => {
    await server?.close()
    rmSync(cache, { recursive: true, force: true })
    if (before === undefined)
      delete process.env.DECK_VITE_CACHE
    else
      process.env.DECK_VITE_CACHE = before
  }
  rmSync(cache, { recursive: true, force: true })
  process.env.DECK_VITE_CACHE = cache
  try {
    const options = await resolveOptions({ entry: 'slides.md' }, 'export')
    server = await createServer(options, {
      server: { port },
      logLevel: 'warn',
    })
    await server.listen(port)
    return { server, options, close }
  }
  catch (error) {
    // A server that never started leaves nothing behind either.
    await close()
    throw error
  }
}
