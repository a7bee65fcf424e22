import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { defaultLiveState, LiveStateSchemas } from '../../lib/live/state.ts'
import { readTableKey, tableToken } from '../../scripts/support/live/table-tokens.ts'
import { launchTestBrowser, newPage } from '../support/browser.ts'
import { jpegWithGps } from '../support/jpeg-fixture.ts'
import { startDevServer, type DevServer } from '../support/dev-server.ts'
import { liveHttp } from '../support/live-http.ts'

// The dev server as a stranger on the venue's network meets it: `--remote=<secret>`, and
// every probe from the first security review (issue "Live state owned by the server").
const SECRET = 'kaffe-og-kage-2019'
const DECK = 'slides/faelles-om-ledelse.md'
const TIMER = 'netvaerk-viden'
const COUNTDOWN = `[data-testid="countdown"][data-timer-id="${TIMER}"]`

let server: DevServer
const { signIn, snapshot } = liveHttp(() => server.baseURL)
let stateDir: string
let browser: Browser
let presenterCookie: string
const deckBefore = readFileSync(DECK, 'utf8')

async function post(path: string, body: string, headers: Record<string, string> = {}): Promise<{ status: number, body: string }> {
  const response = await fetch(`${server.baseURL}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body })
  return { status: response.status, body: await response.text() }
}

const command = (body: object, cookie?: string) => post('/__seminarkit/command', JSON.stringify(body), cookie ? { Cookie: cookie } : {})

beforeAll(async () => {
  stateDir = mkdtempSync(join(tmpdir(), 'seminarkit-security-'))
  // A state file from a bad day: it must be set aside, not crash the server or the pages.
  writeFileSync(join(stateDir, 'programme.json'), '{"starts": "x", "indicator": tru')
  writeFileSync(join(stateDir, 'timers.json'), JSON.stringify({ timers: { [TIMER]: { status: 'running', durationMs: -5 } }, lastStartedId: null }))
  server = await startDevServer({ deck: DECK, stateDir, remote: SECRET })
  browser = await launchTestBrowser()
  presenterCookie = await signIn({ secret: SECRET })
}, 240_000)

afterAll(async () => {
  await browser?.close()
  server?.process.kill('SIGTERM')
  rmSync(stateDir, { recursive: true, force: true })
})

describe('a corrupt state file', () => {
  it('is set aside with a timestamp, and the day starts from the defaults', async () => {
    const files = readdirSync(stateDir)
    expect(files.filter(file => /^programme\.json\.invalid-/.test(file))).toHaveLength(1)
    expect(files.filter(file => /^timers\.json\.invalid-/.test(file))).toHaveLength(1)
    const { state } = await snapshot()
    expect(state.programme).toEqual(defaultLiveState().programme)
    expect(state.timers.timers).toEqual({})
  })
})

describe('what a stranger sends', () => {
  // Each probe: the server answers with a refusal and stays up; state and deck file unchanged.
  const probes: [string, () => Promise<{ status: number, body: string }>, number][] = [
    ['malformed JSON to a server-ref key', () => post('/@server-reactive/timers', '{not json'), 400],
    ['__proto__ in a nav patch', () => post('/@server-reactive/nav', '{"source":"x","patch":{"__proto__":{"polluted":1}},"timestamp":1}', { Cookie: presenterCookie }), 400],
    ['a "__proto__/ssr" key path', () => post('/@server-reactive/__proto__/ssr', '{"source":"x","data":1,"timestamp":1}', { Cookie: presenterCookie }), 403],
    ['constructor.prototype in a command', () => command({ type: 'timer.start', timerId: TIMER, constructor: { prototype: { x: 1 } } }, presenterCookie), 400],
    ['"timers": null', () => command({ timers: null }, presenterCookie), 400],
    ['a programme mark "x"', () => command({ type: 'programme.mark', itemId: 'x' }, presenterCookie), 404],
    ['a negative duration', () => command({ type: 'timer.setDuration', timerId: TIMER, durationMs: -5 }, presenterCookie), 400],
    ['a non-finite duration', () => post('/__seminarkit/command', `{"type":"timer.setDuration","timerId":"${TIMER}","durationMs":1e400}`, { Cookie: presenterCookie }), 400],
    ['an unknown command', () => command({ type: 'nav.go', page: 3 }, presenterCookie), 400],
    ['an unknown key', () => command({ type: 'timer.start', timerId: TIMER, at: 0 }, presenterCookie), 400],
    ['a body over 64 KB', () => post('/__seminarkit/command', `{"type":"timer.start","timerId":"${'x'.repeat(70_000)}"}`, { Cookie: presenterCookie }), 413],
    ['a 5 MB body to Slidev\'s nav', () => post('/@server-reactive/nav', 'x'.repeat(5_000_000)), 413],
    ['a token-less command', () => command({ type: 'timer.start', timerId: TIMER }), 403],
    ['a token-less nav move', () => post('/@server-reactive/nav', '{"source":"x","patch":{"page":7},"timestamp":1}'), 403],
    ['a slide file rewrite', () => post('/__slidev/slides/3.json', '{"content":"hacked"}'), 403],
    ['a malformed slide file rewrite by the presenter', () => post('/__slidev/slides/3.json', '{"content":', { Cookie: presenterCookie }), 400],
    ['Slidev\'s MCP server', () => post('/__mcp', '{"jsonrpc":"2.0","id":1,"method":"tools/list"}'), 403],
    ['drawings', () => post('/@server-reactive/drawings', '{"source":"x","patch":{"1":"<svg/>"},"timestamp":1}', { Cookie: presenterCookie }), 403],
    ['a wrong secret', () => post('/__seminarkit/session', '{"secret":"gæt"}'), 403],
    ['a made-up token', () => post('/__seminarkit/session', '{"token":"AAAAAAAAAAAAAAAAAAAA"}'), 403],
    ['a viewer asking for tokens', () => post('/__seminarkit/tokens', '{"label":"facilitators"}'), 403],
  ]

  it.each(probes)('%s is refused, and nothing changes', async (_, send, status) => {
    const before = await snapshot()
    const answer = await send()
    expect(answer.status).toBe(status)
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, reason: expect.any(String) })
    const after = await snapshot()
    expect(after.version).toBe(before.version)
    expect(after.state).toEqual(before.state)
    expect(readFileSync(DECK, 'utf8')).toBe(deckBefore)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('leaves every page working for everyone else', async () => {
    const projector = await newPage(browser)
    await projector.page.goto(`${server.baseURL}/timer/${TIMER}`)
    await projector.page.locator(`${COUNTDOWN}[data-state="idle"]`).waitFor()
    for (const [, send] of probes)
      await send()
    expect((await command({ type: 'timer.start', timerId: TIMER }, presenterCookie)).status).toBe(200)
    await projector.page.locator(`${COUNTDOWN}[data-state="running"]`).waitFor({ timeout: 5000 })
    expect(await projector.page.evaluate(() => ({} as Record<string, unknown>).polluted)).toBeUndefined()
    expect(projector.problems.consoleErrors).toEqual([])
    expect((await command({ type: 'timer.reset', timerId: TIMER }, presenterCookie)).status).toBe(200)
    await projector.page.context().close()
  })
})

describe('roles', () => {
  it('a facilitator\'s token runs timers but nothing else, and stops working the moment it is revoked', async () => {
    const issued = JSON.parse((await post('/__seminarkit/tokens', '{"label":"facilitators"}', { Cookie: presenterCookie })).body) as { token: { id: string, token: string } }
    const facilitator = await signIn({ token: issued.token.token })
    expect((await command({ type: 'timer.start', timerId: TIMER }, facilitator)).status).toBe(200)
    expect((await command({ type: 'grouping.redraw', board: 'teams' }, facilitator)).status).toBe(403)
    expect((await post('/@server-reactive/nav', '{"source":"x","patch":{"page":7},"timestamp":1}', { Cookie: facilitator })).status).toBe(403)
    expect((await post('/__seminarkit/tokens', JSON.stringify({ revoke: issued.token.id }), { Cookie: presenterCookie })).status).toBe(200)
    const refused = await command({ type: 'timer.pause', timerId: TIMER }, facilitator)
    expect(refused.status).toBe(403)
    expect((await post('/__seminarkit/session', JSON.stringify({ token: issued.token.token }))).status).toBe(403)
    expect((await snapshot()).state.timers.timers[TIMER]?.status).toBe('running')
    expect((await command({ type: 'timer.reset', timerId: TIMER }, presenterCookie)).status).toBe(200)
  })

  it('the projector shows no button it may not use, and the presenter signs in once in the presenter view', async () => {
    const projector = await newPage(browser)
    await projector.page.goto(`${server.baseURL}/timer/${TIMER}`)
    await projector.page.locator(COUNTDOWN).waitFor()
    expect(await projector.page.locator(`${COUNTDOWN} button[data-action]`).count()).toBe(0)
    await projector.page.context().close()

    const presenter = await newPage(browser)
    await presenter.page.goto(`${server.baseURL}/presenter/1`)
    const form = presenter.page.locator('[data-testid="presenter-sign-in"]')
    await form.locator('input').fill(SECRET)
    await form.locator('button').click()
    await form.waitFor({ state: 'detached' })
    await presenter.page.goto(`${server.baseURL}/timer/${TIMER}`)
    await presenter.page.locator(`${COUNTDOWN} button[data-action="start"]`).click()
    await presenter.page.locator(`${COUNTDOWN}[data-state="running"]`).waitFor({ timeout: 5000 })
    expect((await snapshot()).state.timers.timers[TIMER]?.status).toBe('running')
    expect(presenter.problems.consoleErrors).toEqual([])
    await presenter.page.context().close()
  })

  it('the secret is in nothing a viewer\'s browser downloads', async () => {
    const viewer = await newPage(browser)
    const bodies: Promise<string>[] = []
    viewer.page.on('response', response => bodies.push(response.text().catch(() => '')))
    for (const path of ['/1', '/presenter/1', `/timer/${TIMER}`, '/overview']) {
      await viewer.page.goto(`${server.baseURL}${path}`, { waitUntil: 'load', timeout: 120_000 })
      await viewer.page.waitForLoadState('networkidle', { timeout: 20_000 }).catch(() => {})
    }
    const texts = await Promise.all(bodies)
    expect(texts.length).toBeGreaterThan(50)
    expect(texts.filter(text => text.includes(SECRET))).toEqual([])
    expect(await (await fetch(`${server.baseURL}/@slidev/configs`)).text()).not.toContain(SECRET)
    // Vite serves files by path (/@fs/…): never the state folder with its sessions and tokens.
    for (const file of ['credentials.json', 'timers.json']) {
      const response = await fetch(`${server.baseURL}/@fs${join(stateDir, file)}`)
      expect(response.status).toBe(403)
    }
    await viewer.page.context().close()
  })
})

describe('what a stranger reads', () => {
  it('never a pending insight or photo, over the websocket or HTTP; the presenter and the table do; approved ones reach everyone', async () => {
    const ROUND = 'visionsledelse'
    const PENDING = 'Kun oplægsholderen og bord 3 ser denne'
    const key = readTableKey(stateDir)
    const [table3, table5] = [await signIn({ token: tableToken(key, 3) }), await signIn({ token: tableToken(key, 5) })]
    const photoAs = (id: string, cookie = '') => fetch(`${server.baseURL}/__seminarkit/photo/${id}.jpg`, { headers: { Cookie: cookie } })

    // A browser with no credential on the insights slide: every websocket frame and response it gets.
    const stranger = await newPage(browser)
    const received: Promise<string>[] = []
    stranger.page.on('response', response => received.push(response.text().catch(() => '')))
    stranger.page.on('websocket', socket => socket.on('framereceived', frame => received.push(Promise.resolve(String(frame.payload)))))
    await stranger.page.goto(`${server.baseURL}/indsigter-${ROUND}`)
    await stranger.page.locator('[data-testid="insights"]:visible').waitFor({ timeout: 120_000 })

    expect((await command({ type: 'insight.post', table: 3, round: ROUND, text: PENDING }, table3)).status).toBe(200)
    const upload = await fetch(`${server.baseURL}/__seminarkit/photo?table=3`, { method: 'POST', headers: { 'Content-Type': 'image/jpeg', 'Cookie': table3 }, body: new Uint8Array(jpegWithGps()) })
    expect(upload.status).toBe(200)
    // Another table's insight, approved: once the stranger shows it, every broadcast before it has arrived.
    expect((await command({ type: 'insight.post', table: 5, round: ROUND, text: 'Borgerne først' }, table5)).status).toBe(200)
    expect((await command({ type: 'insight.approve', id: `${ROUND}-5` }, presenterCookie)).status).toBe(200)
    await stranger.page.locator('[data-testid="insight"][data-table="5"]:visible').waitFor({ timeout: 5000 })

    const presenter = (await snapshot(presenterCookie)).state
    const photo = presenter.photos.items.find(item => item.table === 3 && item.status === 'pending')!
    expect(photo).toBeDefined()
    expect(presenter.insights.items).toContainEqual(expect.objectContaining({ table: 3, text: PENDING, status: 'pending' }))
    expect((await snapshot(table3)).state.insights.items.map(item => item.table)).toEqual([3, 5])
    expect((await snapshot(table3)).state.photos.items.map(item => item.id)).toContain(photo.id)
    expect(JSON.stringify(await snapshot(table5))).not.toContain(PENDING)
    expect(JSON.stringify(await snapshot(table5))).not.toContain(photo.id)
    expect(JSON.stringify(await snapshot())).not.toContain(PENDING)
    expect(JSON.stringify(await snapshot())).not.toContain(photo.id)
    expect((await photoAs(photo.id)).status).toBe(404)
    expect((await photoAs(photo.id, table5)).status).toBe(404)
    expect((await photoAs(photo.id, table3)).status).toBe(200)
    expect((await photoAs(photo.id, presenterCookie)).status).toBe(200)
    const seen = await Promise.all(received)
    // The stranger did get the live state over the websocket, only never what waits for approval.
    expect(seen.some(text => text.includes('seminarkit:state') && text.includes('Borgerne først'))).toBe(true)
    expect(seen.filter(text => text.includes(PENDING) || text.includes(photo.id))).toEqual([])

    // Approved: it reaches everyone.
    expect((await command({ type: 'insight.approve', id: `${ROUND}-3` }, presenterCookie)).status).toBe(200)
    expect((await command({ type: 'photo.approve', id: photo.id }, presenterCookie)).status).toBe(200)
    await stranger.page.locator('[data-testid="insight"][data-table="3"]:visible').waitFor({ timeout: 5000 })
    expect(await stranger.page.locator('[data-testid="insight"][data-table="3"]').textContent()).toContain(PENDING)
    expect((await snapshot()).state.photos.items.map(item => item.id)).toContain(photo.id)
    expect((await photoAs(photo.id)).status).toBe(200)
    expect(stranger.problems.consoleErrors).toEqual([])
    await stranger.page.context().close()
  })
})

describe('twenty clients at once', () => {
  it('all end in the server\'s state, which every view shows', async () => {
    await command({ type: 'timer.reset', timerId: TIMER }, presenterCookie)
    const views = await Promise.all([0, 1].map(() => newPage(browser)))
    for (const view of views) {
      await view.page.goto(`${server.baseURL}/timer/${TIMER}`)
      // A loaded laptop may take a while to serve a fresh page; only the update is timed below.
      await view.page.locator(`${COUNTDOWN}[data-state="idle"]`).waitFor({ timeout: 60_000 })
    }
    const kinds = ['timer.start', 'timer.pause', 'timer.addMinute'] as const
    const answers = await Promise.all(Array.from({ length: 20 }, (_, index) => command({ type: kinds[index % 3], timerId: TIMER }, presenterCookie)))
    expect(answers.map(answer => answer.status)).toEqual(Array.from({ length: 20 }, () => 200))
    // Every +1 min. counted once, whatever the order.
    expect((await snapshot()).state.timers.timers[TIMER]!.addedMs).toBe(6 * 60_000)
    // Hold it still, so every view can be compared with the server to the millisecond.
    expect((await command({ type: 'timer.pause', timerId: TIMER }, presenterCookie)).status).toBe(200)
    const { state } = await snapshot()
    const timer = state.timers.timers[TIMER]!
    expect(LiveStateSchemas.timers.safeParse(state.timers).success).toBe(true)
    const remaining = timer.durationMs + timer.addedMs - (timer.pausedAt! - timer.startedAt! - timer.pausedMs)
    for (const view of views) {
      await view.page.locator(`${COUNTDOWN}[data-state="paused"][data-remaining-ms="${remaining}"]`).waitFor({ timeout: 5000 })
      await view.page.context().close()
    }
    await expect.poll(() => JSON.parse(readFileSync(join(stateDir, 'timers.json'), 'utf8')), { timeout: 5000 }).toEqual(state.timers)
  })
})
