import { test as base, expect } from '@playwright/test'

export interface DeckProblems {
  consoleErrors: string[]
  failedRequests: string[]
  externalRequests: string[]
}

/**
 * Every deck test records console errors, failed requests and any request
 * leaving loopback (those are aborted), and fails on any of them at the end.
 */
export const test = base.extend<{ problems: DeckProblems }>({
  problems: [
    async ({ page }, use) => {
      const problems: DeckProblems = { consoleErrors: [], failedRequests: [], externalRequests: [] }
      page.on('console', (msg) => {
        if (msg.type() === 'error' && !deniedByHeadlessShell(msg.text()))
          problems.consoleErrors.push(msg.text())
      })
      page.on('pageerror', (error) => {
        if (!deniedByHeadlessShell(String(error)))
          problems.consoleErrors.push(String(error))
      })
      page.on('requestfailed', (request) => {
        const reason = request.failure()?.errorText ?? ''
        // ERR_ABORTED is the browser dropping a request because the test navigated on.
        if (!problems.externalRequests.includes(request.url()) && !reason.includes('ERR_ABORTED'))
          problems.failedRequests.push(`${request.url()} (${reason})`)
      })
      page.on('response', (response) => {
        if (response.status() >= 400)
          problems.failedRequests.push(`${response.url()} (HTTP ${response.status()})`)
      })
      await page.route(url => !['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol.startsWith('http'), (route) => {
        problems.externalRequests.push(route.request().url())
        return route.abort()
      })
      await use(problems)
      expect(problems.externalRequests, 'requests outside the deck origin').toEqual([])
      expect(problems.consoleErrors, 'console errors').toEqual([])
      expect(problems.failedRequests, 'failed requests').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }
export { countClicks, position } from '../../../scripts/lib/clicks'
// The scripts open and wait for slides the same way: one `openSlide`, one `waitForSlide`.
export { openSlide, waitForSlide } from '../../../scripts/lib/ready'

/**
 * Slidev asks for a screen wake lock so a presenter's screen stays on; the headless shell build of
 * Chromium (what `@sparticuz/chromium` ships) refuses every such request. Only that refusal is excused.
 */
export function deniedByHeadlessShell(message: string): boolean {
  return message.includes('NotAllowedError: Wake Lock permission request denied')
}
