import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core'
import { inject } from 'vitest'
import { CHROMIUM_ARGS } from '../../scripts/support/chromium.ts'

export async function launchTestBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: inject('chromiumPath'), args: CHROMIUM_ARGS })
}

export const baseURL = (): string => inject('baseURL')

/** What a page did wrong: console errors, uncaught exceptions, failed or off-machine requests. */
export interface PageProblems {
  consoleErrors: string[]
  failedRequests: string[]
  offMachineRequests: string[]
}

const LOCAL = /^(?:https?:\/\/(?:localhost|127\.0\.0\.1|\[::1\])(?::\d+)?\/|data:|blob:|about:|file:)/

/** Records everything a test should fail on. Call before navigating. */
export function watchPage(page: Page): PageProblems {
  const problems: PageProblems = { consoleErrors: [], failedRequests: [], offMachineRequests: [] }
  page.on('console', (message) => {
    // A Vue warning ("Failed to resolve component") is a slide that renders wrong: count it.
    if (message.type() === 'error' || (message.type() === 'warning' && message.text().startsWith('[Vue warn]')))
      problems.consoleErrors.push(`${page.url()}: ${message.text()}`)
  })
  page.on('pageerror', error => problems.consoleErrors.push(`${page.url()}: ${error.message}`))
  page.on('request', (request) => {
    if (!LOCAL.test(request.url()))
      problems.offMachineRequests.push(request.url())
  })
  page.on('requestfailed', (request) => {
    const failure = request.failure()?.errorText ?? ''
    // Navigating away aborts pending requests (HMR pings, long-polls); that is no failure.
    if (failure !== 'net::ERR_ABORTED')
      problems.failedRequests.push(`${request.url()} (${failure})`)
  })
  return problems
}

export async function newPage(browser: Browser, options: BrowserContextOptions = {}): Promise<{ page: Page, problems: PageProblems }> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, ...options })
  const page = await context.newPage()
  return { page, problems: watchPage(page) }
}

/**
 * Resolves once `page` has sent no request for `quietMs` (a fresh dev server compiles what a
 * page loads in the background, and Slidev's presenter view loads every slide a few seconds
 * after it opens): timing checks then measure the way to the screen, not a page busy loading.
 */
export async function settled(page: Page, quietMs = 2000, timeoutMs = 120_000): Promise<void> {
  let last = Date.now()
  const seen = () => { last = Date.now() }
  page.on('request', seen)
  try {
    const deadline = Date.now() + timeoutMs
    while (Date.now() - last < quietMs) {
      if (Date.now() > deadline)
        throw new Error(`${page.url()} kept loading for ${timeoutMs} ms`)
      await new Promise(resolve => setTimeout(resolve, 100))
    }
  }
  finally {
    page.off('request', seen)
  }
}
