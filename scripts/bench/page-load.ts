import type { Browser, BrowserContextOptions } from 'playwright-core'

/** The requests among `urls` for Mermaid's code or its layouts' (ELK, dagre, cytoscape), by Vite's chunk names. */
export function mermaidRequests(urls: string[]): string[] {
  return urls.filter(url => /mermaid|elk|flowDiagram|sequenceDiagram|dagre|cytoscape/i.test(url))
}

export interface PageLoad {
  /** ms from navigation start until the slide's first heading is painted. */
  visibleMs: number
  /** Decoded bytes of every response the page needed (document included). */
  bytes: number
  requests: number
  urls: string[]
}

export interface LoadConditions {
  /** The browser context: a 1280×720 desktop unless given (a phone: scripts/lib/reading.ts). */
  device?: BrowserContextOptions
  /** A phone's CPU and network (`PHONE_CONDITIONS`), applied through Chromium's DevTools protocol. */
  throttle?: Throttle
  /** Script run before the page's own, e.g. a reader's stored choice of view. */
  init?: string
}

export interface Throttle {
  /** How many times slower the CPU runs (Emulation.setCPUThrottlingRate). */
  cpuSlowdown: number
  /** Network.emulateNetworkConditions: round trip in ms, throughput in bytes per second. */
  latency: number
  downloadThroughput: number
  uploadThroughput: number
}

/**
 * A mid-range phone on a slow mobile network: 4× CPU slowdown, and Lighthouse's mobile "slow 4G" as
 * Chrome DevTools applies it (150 ms RTT and 1.6 / 0.75 Mbps, taken ×3.75 on latency and ×0.9 on
 * throughput for the simulation's overheads: DevTools' "Slow 4G" preset).
 */
export const PHONE_CONDITIONS: Throttle = {
  cpuSlowdown: 4,
  latency: 150 * 3.75,
  downloadThroughput: (1.6 * 1024 * 1024 / 8) * 0.9,
  uploadThroughput: (750 * 1024 / 8) * 0.9,
}

/**
 * Opens `url` in a fresh context (cold cache) and measures when slide `no`
 * (its `ready` element) becomes visible and what it took to get there, until
 * the network is idle.
 */
export async function measurePageLoad(browser: Browser, url: string, no: number, ready = 'h1', { device, throttle, init }: LoadConditions = {}): Promise<PageLoad> {
  const context = await browser.newContext(device ?? {
    viewport: { width: 1280, height: 720 },
  })
  const page = await context.newPage()
  if (throttle) {
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle.cpuSlowdown })
    await cdp.send('Network.enable')
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: throttle.latency,
      downloadThroughput: throttle.downloadThroughput,
      uploadThroughput: throttle.uploadThroughput,
    })
  }
  if (init)
    await page.addInitScript(init)
  // A string, not a function: tsx would wrap named functions in a `__name` helper the page lacks.
  // The query pierces shadow roots, where Slidev draws its own Mermaid blocks.
  await page.addInitScript(`
    const find = (root, selector) => {
      const hit = root.querySelector(selector)
      if (hit) return hit
      for (const el of root.querySelectorAll('*'))
        if (el.shadowRoot) { const inner = find(el.shadowRoot, selector); if (inner) return inner }
      return null
    }
    const tick = () => {
      const slide = document.querySelector('.slidev-page-${no}')
      const el = slide && find(slide, '${ready}')
      const box = el && el.getBoundingClientRect()
      if (el && box.width > 0 && getComputedStyle(el).visibility !== 'hidden')
        window.__visibleAt = performance.now()
      else
        requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  `)
  await page.goto(url, { waitUntil: 'networkidle' })
  await page.waitForFunction(() => (window as unknown as { __visibleAt?: number }).__visibleAt !== undefined)
  const result = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[]
    return {
      visibleMs: (window as unknown as { __visibleAt: number }).__visibleAt,
      bytes: nav.decodedBodySize + resources.reduce((sum, r) => sum + r.decodedBodySize, 0),
      requests: 1 + resources.length,
      urls: resources.map(r => r.name),
    }
  })
  await context.close()
  return result
}
