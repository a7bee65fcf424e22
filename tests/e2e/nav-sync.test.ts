import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { baseURL, launchTestBrowser, newPage, type PageProblems } from '../support/browser.ts'

// Slidev's own sync, presenter → projector, must survive seminarkit's guard in front of it
// and the switch that keeps phone pages from moving the presentation.
describe('the presenter moves the projector', () => {
  let browser: Browser
  let presenter: Page
  let projector: Page
  const problems: PageProblems[] = []

  const currentPage = (page: Page) => page.evaluate(() => window.__slidev__.nav.currentPage)

  beforeAll(async () => {
    browser = await launchTestBrowser()
    for (const path of ['/presenter/1', '/1']) {
      const opened = await newPage(browser)
      problems.push(opened.problems)
      await opened.page.goto(`${baseURL()}${path}`)
      await opened.page.waitForFunction(() => window.__slidev__?.nav.currentPage === 1, undefined, { timeout: 120_000 })
      if (path.startsWith('/presenter'))
        presenter = opened.page
      else
        projector = opened.page
    }
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('every slide change reaches the projector, and the presenter stays where it went', async () => {
    for (const target of [2, 3, 5, 4, 8, 1]) {
      await presenter.evaluate(no => window.__slidev__.nav.go(no), target)
      await projector.waitForFunction(no => window.__slidev__.nav.currentPage === no, target, { timeout: 5000 })
      expect(await currentPage(presenter)).toBe(target)
    }
    // A moment later nobody has pulled anybody back.
    await presenter.waitForTimeout(500)
    expect([await currentPage(presenter), await currentPage(projector)]).toEqual([1, 1])
    for (const seen of problems)
      expect(seen.consoleErrors).toEqual([])
  })
})
