import { readFileSync } from 'node:fs'
import type { Browser, Page, Request } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LiveSnapshot } from '../../lib/live/state.ts'
import { phoneBundleFiles } from '../../scripts/support/phone/build.ts'
import { baseURL, launchTestBrowser, newPage, type PageProblems } from '../support/browser.ts'
import { armAttributeWatch, seenAt } from '../support/timing.ts'

// A phone's first visit to each phone page (contract §5): at most 20 requests and 300 KB
// over the wire, counted as Chromium received them: the encoded (gzip) bodies.
const PHONE = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true }
const MAX_REQUESTS = 20
const MAX_BYTES = 300 * 1024
/** The first load is over once the page is ready and then asks for nothing for this long. */
const QUIET_MS = 1000
const DECK = 'faelles-om-ledelse'
const TIMER = 'netvaerk-viden'
const ROUND_TIMER = 'visionsledelse-1'

interface Transfer { url: string, bytes: number, encoding: string | null, type: string }

let browser: Browser
const problems: PageProblems[] = []

const send = (body: object) => fetch(`${baseURL()}/__seminarkit/command`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
const snapshot = async () => await (await fetch(`${baseURL()}/__seminarkit/state`)).json() as LiveSnapshot

/** Opens `path` in a fresh phone (empty cache) and records every request of its first load. */
async function firstLoad(path: string, ready: string): Promise<{ page: Page, transfers: Transfer[] }> {
  const opened = await newPage(browser, PHONE)
  problems.push(opened.problems)
  const requests: Request[] = []
  opened.page.on('request', request => requests.push(request))
  await opened.page.goto(`${baseURL()}${path}`)
  await opened.page.locator(ready).waitFor({ timeout: 120_000 })
  for (let count = -1; count !== requests.length;) {
    count = requests.length
    await opened.page.waitForTimeout(QUIET_MS)
  }
  const transfers = await Promise.all(requests.map(async (request) => {
    const response = await request.response()
    return {
      url: request.url().slice(baseURL().length),
      bytes: (await request.sizes()).responseBodySize,
      encoding: await response?.headerValue('content-encoding') ?? null,
      type: await response?.headerValue('content-type') ?? '',
    }
  }))
  return { page: opened.page, transfers }
}

beforeAll(async () => {
  browser = await launchTestBrowser()
  await send({ type: 'timer.reset', timerId: TIMER })
})

afterAll(async () => {
  await send({ type: 'timer.reset', timerId: TIMER })
  await send({ type: 'timer.reset', timerId: ROUND_TIMER })
  await browser?.close()
})

describe('the phone pages\' first load', () => {
  const tokens = async () => (await (await fetch(`${baseURL()}/__seminarkit/survey-tokens`)).json() as { tokens: { token: string }[] }).tokens
  const names = readFileSync(`data/${DECK}/participants.csv`, 'utf8').split('\n').slice(1).map(line => line.split(',')[0]!).filter(Boolean)

  it.each([
    ['/timer/<id>', () => `/timer/${TIMER}`, '[data-testid="countdown"]'],
    ['/timer', () => '/timer', '[data-testid="timer-page"]'],
    ['/table/<n>', () => '/table/3', '[data-testid="table-page"]'],
    ['/survey', async () => `/survey?token=${(await tokens())[0]!.token}`, '[data-testid="survey-consent"]'],
  ])('%s: at most 20 requests and 300 KB gzip, and no one\'s name', async (_, path, ready) => {
    const { page, transfers } = await firstLoad(await path(), ready)
    const bytes = transfers.reduce((sum, transfer) => sum + transfer.bytes, 0)
    const summary = `${transfers.length} requests, ${Math.round(bytes / 1024)} KB: ${transfers.map(t => `${t.url} ${t.bytes}`).join(', ')}`
    expect(transfers.length, summary).toBeLessThanOrEqual(MAX_REQUESTS)
    expect(bytes, summary).toBeLessThanOrEqual(MAX_BYTES)
    // The app's page, script and styles come compressed.
    const text = transfers.filter(transfer => /^text\/(html|javascript|css)/.test(transfer.type))
    expect(text.map(transfer => transfer.type.split(';')[0]).sort()).toEqual(['text/css', 'text/html', 'text/javascript'])
    expect(text.every(transfer => transfer.encoding === 'gzip'), summary).toBe(true)
    // Not the deck's modules: the phone app's own files and the live routes only.
    expect(transfers.filter(transfer => !/^\/(timer|table|survey|__seminarkit\/)/.test(transfer.url))).toEqual([])
    const script = await (await fetch(`${baseURL()}${transfers.find(transfer => transfer.type.startsWith('text/javascript'))!.url}`)).text()
    expect(names.length).toBeGreaterThan(20)
    expect(names.filter(name => script.includes(name))).toEqual([])
    await page.context().close()
  })

  it('the bundle holds one deck\'s data and none of the deck\'s heavy libraries', () => {
    const files = phoneBundleFiles({ deck: DECK, base: '/' })!
    expect(files).toContain('components/TimerPage.vue')
    expect(files.filter(file => /node_modules\/(@slidev|vue-router|graphology|d3-|papaparse|pure-rand|uqr)/.test(file))).toEqual([])
    expect(files.filter(file => file.startsWith('data/') && !file.startsWith(`data/${DECK}/`))).toEqual([])
    expect(files.filter(file => file.endsWith('.csv'))).toEqual([])
  })
})

describe('the phone app, synced as the deck is', () => {
  it('shows a timer the presenter starts as running within 250 ms', async () => {
    const { page } = await firstLoad(`/timer/${TIMER}`, `[data-testid="countdown"][data-state="idle"]`)
    // Real time on both sides (one machine, one clock): from the command to the phone's screen.
    await armAttributeWatch(page.locator('[data-testid="countdown"]'), 'data-state', 'running')
    const sentAt = Date.now()
    expect((await send({ type: 'timer.start', timerId: TIMER })).status).toBe(200)
    const shownAt = await seenAt(page)
    expect(shownAt - sentAt).toBeGreaterThan(0)
    expect(shownAt - sentAt).toBeLessThan(250)
    await page.context().close()
  })

  it('a table\'s page still says "we\'re done", and the server has it', async () => {
    expect((await send({ type: 'timer.start', timerId: ROUND_TIMER })).status).toBe(200)
    const { page } = await firstLoad('/table/3', `[data-testid="table-page"][data-timer-id="${ROUND_TIMER}"]`)
    await page.locator('button[data-action="table-ready"]').click()
    await page.locator('[data-testid="table-status"][data-said="ready"]').waitFor({ timeout: 2000 })
    expect((await snapshot()).state.tables.timers[ROUND_TIMER]?.ready).toHaveProperty('3')
    await page.context().close()
  })

  it('no phone page logged an error or reached off the machine', () => {
    for (const seen of problems) {
      expect(seen.consoleErrors).toEqual([])
      expect(seen.failedRequests).toEqual([])
      expect(seen.offMachineRequests).toEqual([])
    }
  })
})
