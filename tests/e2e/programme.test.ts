import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { baseURL, launchTestBrowser, watchPage, type PageProblems } from '../support/browser.ts'

/** Local time on the seminar day; the browser runs in this machine's time zone too. */
const seminarDay = (hours: number, minutes: number) => new Date(2019, 1, 22, hours, minutes)
const ITEM = '[data-testid="agenda-item"]'
const DELTA = '[data-testid="schedule-delta"]'
const AT_1005 = [
  'visionsledelse:done',
  'forskning:current',
  'relationer:upcoming',
  'graenselandet:upcoming',
  'afrunding:upcoming',
  'blixen:upcoming',
]

// One context for every page: they share the browser cache (the dev server serves the deck
// as hundreds of modules) and one fixed clock, which the tests move between steps.
let browser: Browser
let context: BrowserContext
let audience: Page
const problems: PageProblems[] = []

async function open(path: string): Promise<Page> {
  const page = await context.newPage()
  problems.push(watchPage(page))
  await page.goto(`${baseURL()}${path}`)
  return page
}

async function states(page: Page): Promise<string[]> {
  // Slides stay mounted once loaded, so rows are there (hidden) whichever slide a view shows.
  await page.locator(ITEM).first().waitFor({ state: 'attached' })
  return page.locator(ITEM).evaluateAll(rows => rows.map(row => `${(row as HTMLElement).dataset.itemId}:${(row as HTMLElement).dataset.state}`))
}

beforeAll(async () => {
  browser = await launchTestBrowser()
  context = await browser.newContext({ viewport: { width: 1920, height: 1080 } })
  await context.clock.setFixedTime(seminarDay(10, 5))
  audience = await open('/program')
})

afterAll(async () => {
  await browser?.close()
})

describe('live programme', () => {
  it('at 10.05 on the seminar day the 09.45 item is current, 09.00 done, later ones upcoming', async () => {
    expect(await states(audience)).toEqual(AT_1005)
    await expect.poll(() => audience.locator(DELTA).getAttribute('data-delta-min')).toBe('0')
    expect(await audience.locator(DELTA).textContent()).toBe('Til tiden')
  })

  it('with the first item marked as started 10 minutes late in a rehearsal, every rehearsing view reads +10', async () => {
    // On the day the server stamps a mark with its own clock (lib/live/apply.test.ts); a
    // rehearsal carries its own clock, so this runs on any day.
    const presenter = await open('/presenter/program?at=09.10')
    const rehearsal = await open('/program?at=10.05')
    try {
      await expect.poll(() => states(presenter), { timeout: 30_000 }).toContain('visionsledelse:current')
      await presenter.locator('button[data-action="mark-start"][data-item-id="visionsledelse"]').click()
      await expect.poll(() => rehearsal.locator(DELTA).getAttribute('data-delta-min'), { timeout: 10_000 }).toBe('10')
      expect(await rehearsal.locator(DELTA).textContent()).toBe('10 min. bagud')
      expect(await states(rehearsal)).toEqual(AT_1005)
      // A rehearsal's marks never reach the real day.
      expect(await audience.locator(DELTA).getAttribute('data-delta-min')).toBe('0')
    }
    finally {
      // Leave the synced state as the other browser tests expect it; a dispatched click
      // works whichever slide the presenter shows now.
      await presenter.locator('button[data-action="reset-starts"]').dispatchEvent('click')
    }
    await expect.poll(() => rehearsal.locator(DELTA).getAttribute('data-delta-min')).toBe('0')
    await presenter.close()
    await rehearsal.close()
  })

  it('20 minutes late in a rehearsal, the presenter takes a catch-up option and the projector\'s programme, end and round change together', async () => {
    const presenter = await open('/presenter/program?at=10.05')
    try {
      await expect.poll(() => states(presenter), { timeout: 30_000 }).toContain('forskning:current')
      await presenter.locator('button[data-action="mark-start"][data-item-id="forskning"]').click()
      const later = await open('/program?at=10.30')
      const presenterLater = await open('/presenter/program?at=10.30')
      await expect.poll(() => later.getByText('Forventet slut 13.50').count(), { timeout: 10_000 }).toBe(1)
      await presenterLater.locator('button[data-action="toggle-catch-up"]').click()
      const options = presenterLater.locator('[data-testid="catch-up-option"]')
      await expect.poll(() => options.count()).toBe(3)
      await options.filter({ hasText: 'min. pr. spørgsmål' }).locator('button[data-action="apply-catch-up"]').click()
      await expect.poll(() => later.getByText('Forventet slut 13.44').count(), { timeout: 10_000 }).toBe(1)
      // The round's countdowns got their new length on every screen.
      const round = await open('/runde-netvaerk?at=10.30')
      await expect.poll(() => round.locator('[data-testid="countdown"][data-timer-id="netvaerk-viden"]').getAttribute('data-remaining-ms'), { timeout: 30_000 }).toBe('180000')
      await round.close()
      await later.close()
      await presenterLater.close()
    }
    finally {
      await presenter.locator('button[data-action="reset-starts"]').dispatchEvent('click')
    }
    await presenter.close()
  })

  it('on another day shows the plain table: all upcoming, no delta', async () => {
    await context.clock.setFixedTime(new Date(2024, 4, 1, 10, 5))
    await expect.poll(() => audience.locator(DELTA).count(), { timeout: 10_000 }).toBe(0)
    expect(await states(audience)).toEqual(AT_1005.map(s => s.replace(/:.*/, ':upcoming')))
  })

  it('rehearses with ?at=10.05 on any day', async () => {
    const rehearsal = await open('/program?at=10.05')
    expect(await states(rehearsal)).toEqual(AT_1005)
    expect(await rehearsal.locator(DELTA).getAttribute('data-delta-min')).toBe('0')
    expect(await rehearsal.getByText('Prøve · kl. 10.05').count()).toBe(1)
  })

  it('left no console errors, failed or off-machine requests', () => {
    for (const seen of problems)
      expect(seen).toEqual({ consoleErrors: [], failedRequests: [], offMachineRequests: [] })
  })
})
