import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { baseURL, launchTestBrowser, newPage, type PageProblems } from '../support/browser.ts'

// The presenter's view and the projector's window on the laptop, as on the day: the
// projector follows the presenter, a clicker works in either window, and no window that
// opens, reloads or follows pulls the presentation somewhere else.

/** The slide a view is on (a slide's route may be its alias, so not read from the URL). */
const slideOf = (page: Page) => page.evaluate(() => window.__slidev__.nav.currentPage)

/** Waits until a view shows slide `no` on screen (Slidev keeps visited slides mounted, hidden). */
async function showing(page: Page, no: number): Promise<void> {
  await page.waitForFunction(target => window.__slidev__.nav.currentPage === target
    && [...document.querySelectorAll<HTMLElement>(`.slidev-page-${target} .slidev-layout`)].some(layout => layout.checkVisibility()), no, { timeout: 60_000 })
    .catch(async (error: Error) => { throw new Error(`${page.url()} never showed slide ${no}: ${error.message}`) })
}

/**
 * Moves a view with its own router, as a key press or a clicker does (Slidev's exposed
 * `__slidev__.nav.go` takes the presenter's tab to the audience route).
 */
const go = (page: Page, no: number) => page.evaluate(async (target) => {
  const router = (document.querySelector('#app') as unknown as { __vue_app__: { config: { globalProperties: { $router: { push: (path: string) => Promise<unknown> } } } } })
    .__vue_app__.config.globalProperties.$router
  await router.push(location.pathname.startsWith('/presenter/') ? `/presenter/${target}` : `/${target}`)
}, no)

/** Counts the presentation positions a page sends to the dev server. */
function countNavSends(page: Page): { count: number } {
  const sent = { count: 0 }
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname.endsWith('/nav'))
      sent.count++
  })
  return sent
}

describe('the presenter and the projector on the laptop', () => {
  let browser: Browser
  let presenter: Page
  let projector: Page
  const problems: PageProblems[] = []

  async function open(path: string): Promise<Page> {
    const opened = await newPage(browser)
    problems.push(opened.problems)
    await opened.page.goto(`${baseURL()}${path}`, { timeout: 120_000 })
    await opened.page.waitForFunction(() => window.__slidev__?.nav.total > 0, null, { timeout: 120_000 })
    return opened.page
  }

  beforeAll(async () => {
    browser = await launchTestBrowser()
    presenter = await open('/presenter/1')
    await go(presenter, 5)
    await showing(presenter, 5)
  })

  afterAll(async () => {
    // Leave the shared dev server's presentation at the start for the next file.
    if (presenter)
      await go(presenter, 1).catch(() => {})
    await browser?.close()
  })

  it('a projector opened at the start joins the presentation and leaves the presenter where it is', async () => {
    projector = await open('/1')
    await showing(projector, 5)
    await presenter.waitForTimeout(1000)
    expect(await slideOf(presenter)).toBe(5)
  })

  it('a reloaded projector stays on the presentation\'s slide', async () => {
    await projector.reload()
    await projector.waitForFunction(() => window.__slidev__?.nav.total > 0, null, { timeout: 120_000 })
    await showing(projector, 5)
    expect(await slideOf(presenter)).toBe(5)
  })

  it('a viewer opening a deep link sees that slide and moves no one', async () => {
    const viewer = await open('/3')
    await showing(viewer, 3)
    await viewer.waitForTimeout(1000)
    expect([await slideOf(presenter), await slideOf(projector)]).toEqual([5, 5])
    await viewer.context().close()
  })

  it('the projector follows quick steps of the presenter without sending them back', async () => {
    const sent = countNavSends(projector)
    for (const no of [6, 7, 8, 9, 10]) {
      await go(presenter, no)
      await presenter.waitForTimeout(100)
    }
    await showing(projector, 10)
    await projector.waitForTimeout(1000)
    expect(await slideOf(presenter)).toBe(10)
    expect(sent.count).toBe(0)
  })

  it('a clicker in the projector\'s window moves the presenter too', async () => {
    await go(projector, 11)
    await showing(presenter, 11)
    await go(presenter, 12)
    await showing(projector, 12)
  })

  it('no view logged an error', () => {
    expect(problems.flatMap(page => page.consoleErrors)).toEqual([])
  })
})
