// @vitest-environment node
import type { Server } from 'node:http'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serve, serverUrl } from '../../scripts/lib/serve'

describe('serve', () => {
  let server: Server
  let origin: string

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'serve-'))
    writeFileSync(join(dir, 'index.html'), '<title>deck</title>')
    mkdirSync(join(dir, 'assets'))
    writeFileSync(join(dir, 'assets', 'app.js'), 'export {}')
    server = await serve({ dir, base: '/talk/', port: 0 })
    origin = serverUrl(server).replace(/\/$/, '')
  })

  afterAll(() => server.close())

  it('serves files under the base path with their type', async () => {
    const response = await fetch(`${origin}/talk/assets/app.js`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/javascript')
  })

  it('answers a Slidev route like /talk/3?clicks=2 with index.html', async () => {
    const response = await fetch(`${origin}/talk/3?clicks=2`)
    expect(await response.text()).toBe('<title>deck</title>')
  })

  it('does not serve outside the base path or the folder', async () => {
    expect((await fetch(`${origin}/3`)).status).toBe(404)
    expect(await (await fetch(`${origin}/talk/..%2F..%2Fetc%2Fpasswd`)).text()).toBe('<title>deck</title>')
  })

  it('refuses a folder with no build in it', () => {
    expect(() => serve({ dir: `${tmpdir()}/does-not-exist` })).toThrow('index.html does not exist: build the deck first')
  })
})
