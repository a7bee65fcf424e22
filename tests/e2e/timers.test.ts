import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LiveStateSchemas, type LiveSnapshot } from '../../lib/live/state.ts'
import type { TimerBoard } from '../../lib/timer/board.ts'
import { baseURL, launchTestBrowser, newPage, type PageProblems } from '../support/browser.ts'
import { startDevServer } from '../support/dev-server.ts'
import { freeze } from '../support/freeze.ts'
import { armAttributeWatch, clickedAt, seenAt } from '../support/timing.ts'

// Presenter, projector and a phone on the same timer of the default deck's network round.
const SLIDE = 'runde-netvaerk'
const TIMER = 'netvaerk-viden'
const PLANNED_MS = 5 * 60_000
const COUNTDOWN = `[data-testid="countdown"][data-timer-id="${TIMER}"]`
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }
const SKEW_MS = -7 * 60_000

interface Reading {
  state: string
  remainingMs: number
  /** Real time of the reading (performance clock: immune to a page's faked Date). */
  at: number
}

/** Slidev keeps visited slides mounted but hidden: read the one on screen. */
async function read(page: Page): Promise<Reading> {
  return page.locator(`${COUNTDOWN}:visible`).evaluate(el => ({
    state: (el as HTMLElement).dataset.state ?? '',
    remainingMs: Number((el as HTMLElement).dataset.remainingMs),
    at: performance.timeOrigin + performance.now(),
  }))
}

/** When a running timer reaches zero, in real time: comparable between pages read at different moments. */
const zeroAt = (reading: Reading) => reading.at + reading.remainingMs

/** Resolves in the page with the real time at which the countdown first shows `state`. */
const armStateWatch = (page: Page, state: string) => armAttributeWatch(page.locator(`${COUNTDOWN}:visible`), 'data-state', state)

/** Clicks a countdown control; returns the real time the click reached the page. */
const click = (page: Page, action: string) => clickedAt(page.locator(`${COUNTDOWN}:visible button[data-action="${action}"]`))

async function until(page: Page, state: string): Promise<void> {
  await page.locator(`${COUNTDOWN}:visible[data-state="${state}"]`).waitFor({ timeout: 15_000 })
}

function expectAgreement(reference: Reading, others: Reading[], toleranceMs = 250): void {
  for (const other of others) {
    expect(other.state).toBe(reference.state)
    const gap = reference.state === 'running' ? zeroAt(other) - zeroAt(reference) : other.remainingMs - reference.remainingMs
    expect(Math.abs(gap), `remaining times differ by ${gap} ms`).toBeLessThan(toleranceMs)
  }
}

describe('synced timers on the shared dev server', () => {
  let browser: Browser
  let presenter: Page
  let audience: Page
  let phone: Page
  const problems: PageProblems[] = []

  beforeAll(async () => {
    browser = await launchTestBrowser()
    const open = async (path: string, options = {}) => {
      const opened = await newPage(browser, options)
      problems.push(opened.problems)
      await opened.page.goto(`${baseURL()}${path}`)
      // The first visit to a fresh dev server compiles the whole client: allow for it.
      await opened.page.locator(`${COUNTDOWN}:visible`).waitFor({ timeout: 120_000 })
      return opened.page
    }
    presenter = await open(`/presenter/${SLIDE}`)
    audience = await open(`/${SLIDE}`)
    phone = await open(`/timer/${TIMER}`, PHONE)
    await click(presenter, 'reset')
    await Promise.all([presenter, audience, phone].map(page => until(page, 'idle')))
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('shows controls to the presenter and the phone, and a clean countdown on the projector', async () => {
    await expect(presenter.locator(`${COUNTDOWN}:visible button[data-action]`).count()).resolves.toBe(4)
    await expect(phone.locator(`${COUNTDOWN} button[data-action="start"]`).count()).resolves.toBe(1)
    await expect(audience.locator(`${COUNTDOWN}:visible button`).count()).resolves.toBe(0)
    expect((await read(audience)).remainingMs).toBe(PLANNED_MS)
  })

  it('a start in the presenter reaches projector and phone within 200 ms, and they agree within 250 ms', async () => {
    await Promise.all([armStateWatch(audience, 'running'), armStateWatch(phone, 'running')])
    const clicked = await click(presenter, 'start')
    const [audienceSaw, phoneSaw] = await Promise.all([seenAt(audience), seenAt(phone)])
    expect(audienceSaw - clicked).toBeLessThan(200)
    expect(phoneSaw - clicked).toBeLessThan(200)
    await presenter.waitForTimeout(300)
    expectAgreement(await read(presenter), [await read(audience), await read(phone)])
  })

  it('propagates pause, resume and add-minute from any control', async () => {
    await click(phone, 'pause')
    await Promise.all([presenter, audience].map(page => until(page, 'paused')))
    const paused = await read(presenter)
    expectAgreement(paused, [await read(audience), await read(phone)], 1)

    await click(presenter, 'start') // resumes
    await Promise.all([audience, phone].map(page => until(page, 'running')))
    await click(presenter, 'add-minute')
    await audience.waitForFunction(
      ([selector, before]) => Number(document.querySelector<HTMLElement>(`${selector}`)?.dataset.remainingMs) > before,
      [`${COUNTDOWN}[data-state="running"]`, paused.remainingMs] as const,
    )
    const resumed = await read(presenter)
    expect(resumed.remainingMs).toBeGreaterThan(paused.remainingMs + 50_000)
    expectAgreement(resumed, [await read(audience), await read(phone)])
  })

  it('a reloaded projector keeps the time', async () => {
    await audience.reload()
    await audience.locator(`${COUNTDOWN}:visible[data-state="running"]`).waitFor()
    expectAgreement(await read(presenter), [await read(audience)])
  })

  it('a reloaded presenter view keeps the time, its slide and its controls', async () => {
    await presenter.reload()
    await presenter.locator(`${COUNTDOWN}:visible[data-state="running"]`).waitFor({ timeout: 120_000 })
    expectAgreement(await read(audience), [await read(presenter)])
    await expect(presenter.locator(`${COUNTDOWN}:visible button[data-action]`).count()).resolves.toBe(4)
  })

  it('a page frozen for 10 s is right within 250 ms after it wakes, including what changed meanwhile', async () => {
    const before = await read(presenter)
    const wake = await freeze(audience)
    await presenter.waitForTimeout(1000)
    await click(presenter, 'add-minute')
    await presenter.waitForTimeout(9000)
    await wake()
    const wokeAt = Date.now()
    await audience.waitForFunction(
      ([selector, zero]) => {
        const el = document.querySelector<HTMLElement>(selector)
        return el !== null && Math.abs(performance.timeOrigin + performance.now() + Number(el.dataset.remainingMs) - zero) < 250
      },
      [`${COUNTDOWN}[data-state="running"]`, zeroAt(before) + 60_000] as const,
      { timeout: 250, polling: 20 },
    )
    expect(Date.now() - wokeAt).toBeLessThan(400) // the 250 ms above, plus the round trip to the test
    expectAgreement(await read(presenter), [await read(audience)])
  })

  it('a phone whose clock is 7 minutes slow shows the same time, and its controls act on the server\'s clock', async () => {
    const skewed = await newPage(browser, PHONE)
    problems.push(skewed.problems)
    await skewed.page.addInitScript((skew) => {
      const RealDate = Date
      class SkewedDate extends RealDate {
        constructor(...args: unknown[]) {
          if (args.length === 0)
            super(RealDate.now() + skew)
          else
            super(...(args as [string]))
        }

        static override now(): number {
          return RealDate.now() + skew
        }
      }
      globalThis.Date = SkewedDate as DateConstructor
    }, SKEW_MS)
    await skewed.page.goto(`${baseURL()}/timer/${TIMER}`)
    await skewed.page.locator(`${COUNTDOWN}[data-state="running"]`).waitFor()
    const clockGap = await skewed.page.evaluate(() => Date.now() - (performance.timeOrigin + performance.now()))
    expect(Math.abs(clockGap - SKEW_MS)).toBeLessThan(1000)
    await skewed.page.waitForTimeout(300) // first clock estimate
    expectAgreement(await read(presenter), [await read(skewed.page)])

    // The page's performance clock is the true one, whatever its Date says.
    const clicked = await click(skewed.page, 'pause')
    await until(presenter, 'paused')
    const shownAt = Date.now()
    const { state } = await (await fetch(`${baseURL()}/__seminarkit/state`)).json() as LiveSnapshot
    // The server stamped the pause between the click and the presenter showing it, on the
    // true clock: not 7 minutes off (50 ms for the two processes' clock readings).
    const pausedAt = state.timers.timers[TIMER]!.pausedAt!
    expect(pausedAt).toBeGreaterThanOrEqual(clicked - 50)
    expect(pausedAt).toBeLessThanOrEqual(shownAt + 50)
    expectAgreement(await read(presenter), [await read(skewed.page), await read(phone)], 1)
  })

  it('no page logged an error or reached off the machine', () => {
    for (const seen of problems) {
      expect(seen.consoleErrors).toEqual([])
      expect(seen.failedRequests).toEqual([])
      expect(seen.offMachineRequests).toEqual([])
    }
  })
})

describe('a phone that loses the network', () => {
  it('is right again within a second of reconnecting after 30 s offline', async () => {
    const browser = await launchTestBrowser()
    const send = (body: object) => fetch(`${baseURL()}/__seminarkit/command`, { method: 'POST', body: JSON.stringify(body) })
    try {
      await send({ type: 'timer.reset', timerId: TIMER })
      await send({ type: 'timer.start', timerId: TIMER })
      const phone = await newPage(browser, PHONE)
      await phone.page.goto(`${baseURL()}/timer/${TIMER}`)
      await phone.page.locator(`${COUNTDOWN}[data-state="running"]`).waitFor({ timeout: 60_000 })
      await phone.page.context().setOffline(true)
      // Meanwhile the room moves on: the presenter pauses and adds a minute.
      expect((await send({ type: 'timer.pause', timerId: TIMER })).status).toBe(200)
      expect((await send({ type: 'timer.addMinute', timerId: TIMER })).status).toBe(200)
      const { state } = await (await fetch(`${baseURL()}/__seminarkit/state`)).json() as LiveSnapshot
      const timer = state.timers.timers[TIMER]!
      const remaining = timer.durationMs + timer.addedMs - (timer.pausedAt! - timer.startedAt! - timer.pausedMs)
      await phone.page.waitForTimeout(30_000)
      await phone.page.context().setOffline(false)
      const back = Date.now()
      await phone.page.locator(`${COUNTDOWN}[data-state="paused"][data-remaining-ms="${remaining}"]`).waitFor({ timeout: 10_000 })
      expect(Date.now() - back).toBeLessThan(1000)
      await send({ type: 'timer.reset', timerId: TIMER })
    }
    finally {
      await browser.close()
    }
  })
})

describe('a dev server killed in the middle of a burst of timer changes', () => {
  it('comes back with its timers, programme marks and draws, from state files that were never half-written', async () => {
    const stateDir = mkdtempSync(join(tmpdir(), 'seminarkit-timers-'))
    // The default deck: its dependencies are already optimised by the shared server.
    const deck = 'slides/faelles-om-ledelse.md'
    let server = await startDevServer({ deck, stateDir })
    const browser = await launchTestBrowser()
    const send = (body: object) => fetch(`${server.baseURL}/__seminarkit/command`, { method: 'POST', body: JSON.stringify(body) })
    try {
      // On loopback (no --remote) every client is the presenter.
      expect((await send({ type: 'timer.start', timerId: TIMER })).status).toBe(200)
      expect((await send({ type: 'grouping.redraw', board: 'teams' })).status).toBe(200)
      expect((await send({ type: 'programme.mark', itemId: 'visionsledelse', rehearsalAt: 9 * 60 + 10 })).status).toBe(200)
      await expect.poll(() => existsSync(join(stateDir, 'programme.json')) && readFileSync(join(stateDir, 'grouping.json'), 'utf8'), { timeout: 5000 }).toContain('"seed": 2')

      // A burst of changes, and SIGKILL while they are being applied and saved.
      const burst: Promise<unknown>[] = []
      for (let i = 0; i < 60; i++) {
        burst.push(send({ type: (['timer.pause', 'timer.addMinute', 'timer.resume'] as const)[i % 3], timerId: TIMER }).catch(() => undefined))
        if (i === 30)
          server.process.kill('SIGKILL')
      }
      await Promise.all(burst)
      await new Promise<void>(resolve => server.process.exitCode !== null || server.process.signalCode !== null ? resolve() : server.process.once('exit', () => resolve()))

      // Every file is whole and valid; no temporary file is left.
      const files = readdirSync(stateDir)
      expect(files.filter(file => file.endsWith('.tmp') || file.includes('.invalid-'))).toEqual([])
      const saved = JSON.parse(readFileSync(join(stateDir, 'timers.json'), 'utf8')) as TimerBoard
      expect(LiveStateSchemas.timers.safeParse(saved).success).toBe(true)

      server = await startDevServer({ deck, stateDir })
      const { state } = await (await fetch(`${server.baseURL}/__seminarkit/state`)).json() as LiveSnapshot
      expect(state.timers).toEqual(saved)
      expect(state.grouping.teams.seed).toBe(2)
      expect(state.programme.rehearsalStarts).toEqual([{ id: 'visionsledelse', at: 9 * 60 + 10 }])

      const timer = state.timers.timers[TIMER]!
      const phone = await newPage(browser, PHONE)
      await phone.page.goto(`${server.baseURL}/timer`) // follows the timer started last
      await phone.page.locator(`${COUNTDOWN}[data-state="${timer.status}"]`).waitFor({ timeout: 120_000 })
      const reading = await read(phone.page)
      if (timer.status === 'paused')
        expect(reading.remainingMs).toBe(timer.durationMs + timer.addedMs - (timer.pausedAt! - timer.startedAt! - timer.pausedMs))
      else
        expect(Math.abs(zeroAt(reading) - (timer.startedAt! + timer.pausedMs + timer.durationMs + timer.addedMs))).toBeLessThan(250)
      expect(phone.problems.consoleErrors).toEqual([])
    }
    finally {
      server.process.kill('SIGTERM')
      await browser.close()
      rmSync(stateDir, { recursive: true, force: true })
    }
  })
})
