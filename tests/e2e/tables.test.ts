import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readTableKey, tableToken } from '../../scripts/support/live/table-tokens.ts'
import { jpegWithGps, paddedJpeg } from '../support/jpeg-fixture.ts'
import { launchTestBrowser, newPage, settled, type PageProblems } from '../support/browser.ts'
import { startDevServer, type DevServer } from '../support/dev-server.ts'
import { liveHttp } from '../support/live-http.ts'
import { armAttributeWatch, clickedAt, seenAt } from '../support/timing.ts'

// The room on the day: `--remote=<secret>`, the presenter view on the laptop, the projector
// in another browser, and table phones that opened their table card's QR code.
const SECRET = 'bordene-taler-2019'
const DECK = 'slides/faelles-om-ledelse.md'
const ROUND = 'visionsledelse'
const TIMER = `${ROUND}-1`
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }
const READINESS = '[data-testid="table-readiness"]:visible'

let server: DevServer
const { signIn, snapshot } = liveHttp(() => server.baseURL)
let stateDir: string
let browser: Browser
let key: string
let presenterCookie: string
const problems: PageProblems[] = []

async function command(body: object, cookie: string): Promise<{ status: number, reason?: string }> {
  const response = await fetch(`${server.baseURL}/__seminarkit/command`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Cookie': cookie }, body: JSON.stringify(body) })
  return { status: response.status, reason: ((await response.json()) as { reason?: string }).reason }
}

async function open(path: string, options = {}): Promise<Page> {
  const opened = await newPage(browser, options)
  problems.push(opened.problems)
  await opened.page.goto(`${server.baseURL}${path}`)
  return opened.page
}

async function presenterAt(slide: string): Promise<Page> {
  const page = await open(`/presenter/${slide}`)
  const form = page.locator('[data-testid="presenter-sign-in"]')
  await form.locator('input').fill(SECRET, { timeout: 120_000 })
  await form.locator('button').click()
  await form.waitFor({ state: 'detached' })
  return page
}

/** A table's phone, signed in with its card's token as the QR code carries it. */
async function tablePhone(table: number): Promise<Page> {
  const page = await open(`/table/${table}?token=${tableToken(key, table)}`, PHONE)
  await page.locator('[data-testid="table-page"]').waitFor({ timeout: 120_000 })
  return page
}

const now = (page: Page) => page.evaluate(() => performance.timeOrigin + performance.now())

beforeAll(async () => {
  stateDir = mkdtempSync(join(tmpdir(), 'seminarkit-tables-'))
  // What `seminar tables --cards --url` does before the day: the key the server reads too.
  key = readTableKey(stateDir)
  server = await startDevServer({ deck: DECK, stateDir, remote: SECRET })
  browser = await launchTestBrowser()
  presenterCookie = await signIn({ secret: SECRET })
}, 240_000)

afterAll(async () => {
  await browser?.close()
  server?.process.kill('SIGTERM')
  rmSync(stateDir, { recursive: true, force: true })
})

describe('tables on their phones', () => {
  it('readiness reaches the presenter view within 250 ms of a table pressing "Vi er klar"', async () => {
    expect(await command({ type: 'timer.start', timerId: TIMER }, presenterCookie)).toEqual({ status: 200, reason: undefined })
    const presenter = await presenterAt(`runde-${ROUND}`)
    const readiness = presenter.locator(READINESS)
    await readiness.waitFor({ timeout: 120_000 })
    expect(await readiness.getAttribute('data-ready')).toBe('0')
    const total = Number(await readiness.getAttribute('data-total'))
    expect(total).toBeGreaterThan(3)

    const [three, five] = [await tablePhone(3), await tablePhone(5)]
    await three.locator('button[data-action="table-ready"]').waitFor({ timeout: 30_000 })
    await five.locator('button[data-action="table-more-time"]').waitFor({ timeout: 30_000 })
    expect(await three.locator('[data-testid="countdown"]').getAttribute('data-timer-id')).toBe(TIMER)

    await Promise.all([settled(presenter), settled(three)])
    // Real time on both pages (one machine, one clock): from the tap to the count on screen.
    await armAttributeWatch(readiness, 'data-ready', '1')
    const clicked = await clickedAt(three.locator('button[data-action="table-ready"]'))
    const seen = await seenAt(presenter)
    expect(seen - clicked).toBeGreaterThan(0)
    expect(seen - clicked).toBeLessThan(250)
    expect(await readiness.textContent()).toContain(`1 af ${total} borde er klar`)

    const asked = await now(five)
    await five.locator('button[data-action="table-more-time"]').click()
    await presenter.locator(`${READINESS}[data-more-time="5"]`).waitFor({ timeout: 250 })
    expect(await now(presenter) - asked).toBeLessThan(1000)
    expect(await presenter.locator('[data-testid="more-time"]:visible').textContent()).toBe('2 min. mere: bord 5')

    // The presenter ends the round for all: the phones lose their buttons and say so.
    await presenter.locator(`${READINESS} button[data-action="end-round"]`).click()
    await three.getByText('Oplægsholderen har afsluttet runden.').waitFor({ timeout: 2000 })
    expect(await three.locator('button[data-action="table-ready"]').count()).toBe(0)
    expect((await snapshot()).state.timers.timers[TIMER]?.status).toBe('paused')
    await command({ type: 'timer.reset', timerId: TIMER }, presenterCookie)
  })

  it('a table cannot mark another table ready, post for it or run the shared timer: the server refuses', async () => {
    expect(await command({ type: 'timer.start', timerId: TIMER }, presenterCookie)).toMatchObject({ status: 200 })
    const table3 = await signIn({ token: tableToken(key, 3) })
    const session = await (await fetch(`${server.baseURL}/__seminarkit/session`, { headers: { Cookie: table3 } })).json()
    expect(session).toEqual({ remote: true, role: 'table', table: 3 })
    const before = await snapshot()
    expect(await command({ type: 'table.ready', table: 4, timerId: TIMER }, table3)).toEqual({ status: 403, reason: 'table 3 may not act for table 4' })
    expect(await command({ type: 'insight.post', table: 4, round: ROUND, text: 'Skrevet af bord 3' }, table3)).toEqual({ status: 403, reason: 'table 3 may not act for table 4' })
    expect(await command({ type: 'timer.pause', timerId: TIMER }, table3)).toMatchObject({ status: 403 })
    expect(await command({ type: 'insight.approve', id: `${ROUND}-3` }, table3)).toMatchObject({ status: 403 })
    // A forged card: table 4's number with table 3's code.
    const forged = await fetch(`${server.baseURL}/__seminarkit/session`, { method: 'POST', body: JSON.stringify({ token: tableToken(key, 3).replace(/^t3-/, 't4-') }) })
    expect(forged.status).toBe(403)
    expect((await snapshot()).version).toBe(before.version)
    expect(await command({ type: 'table.ready', table: 3, timerId: TIMER }, table3)).toMatchObject({ status: 200 })
    expect((await snapshot()).state.tables.timers[TIMER]?.ready).toHaveProperty('3')
  })

  it('an insight sent from a phone appears on the projector\'s slide after approval, never before', async () => {
    const projector = await open(`/indsigter-${ROUND}`)
    await projector.locator('[data-testid="insights"]:visible').waitFor({ timeout: 120_000 })
    // Anything from table 3 on the projector before the presenter approves it fails the test.
    await projector.evaluate(() => {
      const w = window as unknown as { skEarly: boolean, skApproved: boolean }
      w.skEarly = false
      w.skApproved = false
      new MutationObserver(() => {
        if (!w.skApproved && document.querySelector('[data-testid="insight"][data-table="3"]'))
          w.skEarly = true
      }).observe(document.body, { subtree: true, childList: true, characterData: true })
    })

    const phone = await tablePhone(3)
    await phone.locator('[data-testid="insight-draft"]').fill('Visionen skal fortælles igen og igen')
    await phone.locator('button[data-action="send-insight"]').click()
    await phone.locator('[data-testid="insight-status"][data-status="pending"]').waitFor({ timeout: 2000 })

    // Another table's insight, approved: once it shows, the projector has seen table 3's pending one too.
    const table5 = await signIn({ token: tableToken(key, 5) })
    expect(await command({ type: 'insight.post', table: 5, round: ROUND, text: 'Borgerne først' }, table5)).toMatchObject({ status: 200 })
    expect(await command({ type: 'insight.approve', id: `${ROUND}-5` }, presenterCookie)).toMatchObject({ status: 200 })
    await projector.locator('[data-testid="insight"][data-table="5"]:visible').waitFor({ timeout: 2000 })
    expect(await projector.locator('[data-testid="insight"][data-table="3"]').count()).toBe(0)
    expect(await projector.locator('body').textContent()).not.toContain('Visionen skal fortælles')

    const presenter = await presenterAt(`indsigter-${ROUND}`)
    const pending = presenter.locator(`[data-testid="insight-pending"][data-id="${ROUND}-3"]:visible`)
    await pending.waitFor({ timeout: 120_000 })
    expect(await pending.getAttribute('data-status')).toBe('pending')
    await projector.evaluate(() => { (window as unknown as { skApproved: boolean }).skApproved = true })
    await pending.locator('button[data-action="approve-insight"]').click()
    await projector.locator('[data-testid="insight"][data-table="3"]:visible').waitFor({ timeout: 2000 })
    expect(await projector.locator('[data-testid="insight"][data-table="3"]').textContent()).toContain('Visionen skal fortælles igen og igen')
    expect(await projector.evaluate(() => (window as unknown as { skEarly: boolean }).skEarly)).toBe(false)
    await phone.locator('[data-testid="insight-status"][data-status="approved"]').waitFor({ timeout: 2000 })
  })

  it('a photo from a table\'s phone waits for the presenter\'s approval, then reaches the gallery without its EXIF and GPS position', async () => {
    const projector = await open('/fotos')
    await projector.locator('[data-testid="photo-gallery"]:visible').waitFor({ timeout: 120_000 })
    const phone = await tablePhone(3)
    await phone.locator('[data-testid="photo-input"]').setInputFiles({ name: 'bygning.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(jpegWithGps()) })
    await phone.locator('[data-testid="photo-status"][data-sent="1"][data-shown="0"]').waitFor({ timeout: 5000 })

    // The presenter's copy of the gallery slide lists it, pending, with the picture.
    const presenter = await presenterAt('fotos')
    const pending = presenter.locator('[data-testid="photo-pending"][data-status="pending"]:visible')
    await pending.waitFor({ timeout: 120_000 })
    await expect.poll(() => pending.locator('img').evaluate(img => (img as HTMLImageElement).naturalWidth), { timeout: 5000 }).toBe(8)
    expect(await projector.locator('[data-testid="photo"]').count()).toBe(0)

    await pending.locator('button[data-action="approve-photo"]').click()
    const shown = projector.locator('[data-testid="photo"][data-table="3"] img')
    await shown.waitFor({ timeout: 2000 })
    await expect.poll(() => shown.evaluate(img => (img as HTMLImageElement).naturalWidth), { timeout: 5000 }).toBe(8)
    await phone.locator('[data-testid="photo-status"][data-shown="1"]').waitFor({ timeout: 2000 })
    const [photo] = (await snapshot()).state.photos.items
    const stored = Buffer.from(await (await fetch(`${server.baseURL}/__seminarkit/photo/${photo!.id}.jpg`)).arrayBuffer())
    expect(stored.subarray(0, 2)).toEqual(Buffer.from([0xFF, 0xD8]))
    expect(stored.includes(Buffer.from('Exif'))).toBe(false)

    // A picture the phone cannot read (HEIC on a browser without it) is refused there, with the reason.
    await phone.locator('[data-testid="photo-input"]').setInputFiles({ name: 'IMG_0001.heic', mimeType: 'image/heic', buffer: Buffer.from('ftypheic not decodable') })
    await phone.getByText('Billedet kan ikke læses her').waitFor({ timeout: 5000 })
  })

  it('the photo route strips what a client sends as it is, has its own size limit, and a table posts for itself only', async () => {
    const table3 = await signIn({ token: tableToken(key, 3) })
    const upload = (table: number, body: Uint8Array, cookie = table3) => fetch(`${server.baseURL}/__seminarkit/photo?table=${table}`, { method: 'POST', headers: { 'Content-Type': 'image/jpeg', 'Cookie': cookie }, body: new Uint8Array(body) })
    const camera = paddedJpeg(jpegWithGps(), 300_000)
    const before = (await snapshot(presenterCookie)).state.photos.items.length
    expect((await upload(4, camera)).status).toBe(403)
    expect((await upload(3, camera, '')).status).toBe(403)
    expect((await upload(3, paddedJpeg(jpegWithGps(), 2.5 * 1024 * 1024))).status).toBe(413)
    expect((await snapshot(presenterCookie)).state.photos.items).toHaveLength(before)

    const response = await upload(3, camera)
    expect(response.status).toBe(200)
    const photo = (await snapshot(presenterCookie)).state.photos.items.at(-1)!
    const stored = Buffer.from(await (await fetch(`${server.baseURL}/__seminarkit/photo/${photo.id}.jpg`, { headers: { Cookie: presenterCookie } })).arrayBuffer())
    expect(stored.length).toBeGreaterThan(64 * 1024)
    expect(stored.includes(Buffer.from('Exif'))).toBe(false)
    expect(stored.includes(Buffer.from('Phone'))).toBe(false)
    expect(readFileSync(join(stateDir, 'photos', `${photo.id}.jpg`)).equals(stored)).toBe(true)
  })

  it('no page had an error', () => {
    for (const page of problems)
      expect(page.consoleErrors).toEqual([])
  })
})
