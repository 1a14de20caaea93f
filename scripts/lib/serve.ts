import type { Server } from 'node:http'
import { existsSync } from 'node:fs'
import { createServer } from 'node:http'
import { join, resolve } from 'node:path'
import sirv from 'sirv'

export interface ServeOptions {
  dir: string
  /** The base path the deck was built with, e.g. `/talk/`. */
  base?: string
  port?: number
  host?: string
}

/**
 * Serves a built deck on loopback like a static host does, with `sirv` (what `slidev build`'s own
 * preview uses): files under `base`, and `index.html` for any other path under it, so Slidev
 * routes like `/3` load.
 */
export function serve({ dir, base = '/', port = 4173, host = '127.0.0.1' }: ServeOptions): Promise<Server> {
  const root = resolve(dir)
  if (!existsSync(join(root, 'index.html')))
    throw new Error(`${root}/index.html does not exist: build the deck first (npm run build).`)
  const files = sirv(root, { single: true, etag: true })
  const server = createServer((req, res) => {
    const url = req.url ?? '/'
    if (!url.startsWith(base)) {
      res.writeHead(404).end('outside base')
      return
    }
    req.url = `/${url.slice(base.length)}`
    files(req, res)
  })
  return new Promise((done, fail) => {
    server.once('error', fail)
    server.listen(port, host, () => done(server))
  })
}

/** The loopback URL a server from `serve` answers on, `base` included. */
export function serverUrl(server: Server, base = '/'): string {
  const address = server.address()
  if (!address || typeof address === 'string')
    throw new Error('the server is not listening on a TCP port')
  return `http://127.0.0.1:${address.port}${base}`
}

/** Resolves once `url` answers 200, polling every `everyMs`; throws after `timeoutMs`. */
export async function waitForServer(url: string, timeoutMs: number, everyMs = 50): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await fetch(url).then(response => response.ok, () => false))
      return
    await new Promise(resolve => setTimeout(resolve, everyMs))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
}

/** Serves a built deck on a free loopback port and hands its root URL to `use`. */
export async function withServedDeck<T>(dir: string, base: string, use: (url: string) => Promise<T>): Promise<T> {
  const server = await serve({ dir, base, port: 0 })
  try {
    return await use(serverUrl(server, base))
  }
  finally {
    server.close()
  }
}
