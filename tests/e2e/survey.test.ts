import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { deck as faellesOmLedelse } from '../../data/faelles-om-ledelse/index.ts'
import { BADGE, GRID_ORIGIN } from '../../lib/grouping/badge-sheets.ts'
import { formats } from '../../lib/i18n/format.ts'
import type { LiveSnapshot } from '../../lib/live/state.ts'
import { analyseNetwork } from '../../lib/network/analyse.ts'
import { parseNetworkFiles } from '../../lib/network/csv.ts'
import { main } from '../../scripts/cli/main.ts'
import { loadSurveyDeck } from '../../scripts/support/survey-deck.ts'
import { launchTestBrowser, newPage } from '../support/browser.ts'
import { pdfLinks, pdfPageCount, pdfWords } from '../support/pdf.ts'
import { startDevServer, type DevServer } from '../support/dev-server.ts'
import { simulateCrowd } from '../support/survey-crowd.ts'

// Forty phones answer the live survey over HTTP against a `--remote` dev server
// (issue 13): tokens, consent, anonymity below the gate, export, offline answers, deletion.
const SECRET = 'netvaerk-og-kaffe-2019'
const survey = loadSurveyDeck(faellesOmLedelse)!
const crowd = simulateCrowd(survey.members, survey.partners.length, { absent: 5, declining: 3, seed: 13 })

let server: DevServer
let stateDir: string
let browser: Browser
let presenter: string
let tokens: { memberId: string, token: string, name: string }[]
/** What `seminar network` computed on the export, for the slide to be compared with. */
let exported: { ties: number, possibleTies: number, density: number, external: { partners: string[], core: Record<string, number | null>, periphery: Record<string, number | null> } }

async function request(path: string, init: { method?: string, body?: unknown, cookie?: string } = {}): Promise<{ status: number, json: any, cookie?: string }> {
  const response = await fetch(`${server.baseURL}${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: { 'Content-Type': 'application/json', ...(init.cookie ? { Cookie: init.cookie } : {}) },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  })
  return { status: response.status, json: await response.json(), cookie: response.headers.get('set-cookie')?.split(';')[0] }
}
const signIn = async (credential: object) => (await request('/__seminarkit/session', { body: credential })).cookie!
const snapshot = async () => (await request('/__seminarkit/state')).json as LiveSnapshot

async function cli(...argv: string[]): Promise<{ code: number, stdout: string }> {
  let stdout = ''
  const code = await main(argv, { stdout: (text) => { stdout += text }, stderr: (text) => { stdout += text } })
  return { code, stdout }
}

beforeAll(async () => {
  stateDir = mkdtempSync(join(tmpdir(), 'seminarkit-survey-'))
  server = await startDevServer({ deck: 'slides/faelles-om-ledelse.md', stateDir, remote: SECRET })
  browser = await launchTestBrowser()
  presenter = await signIn({ secret: SECRET })
  tokens = (await request('/__seminarkit/survey-tokens', { cookie: presenter })).json.tokens
}, 240_000)

afterAll(async () => {
  await browser?.close()
  server?.process.kill('SIGTERM')
  rmSync(stateDir, { recursive: true, force: true })
})

describe('the live survey over HTTP', () => {
  it('gives the presenter, and nobody else, one unguessable personal code per member', async () => {
    expect(tokens.map(t => t.memberId)).toEqual(survey.members.map(m => m.id))
    expect(new Set(tokens.map(t => t.token)).size).toBe(40)
    expect(tokens.every(t => /^[\w-]{24,}$/.test(t.token))).toBe(true)
    expect((await request('/__seminarkit/survey-tokens')).status).toBe(403)
    const participant = await signIn({ token: tokens[0]!.token })
    expect((await request('/__seminarkit/survey-tokens', { cookie: participant })).status).toBe(403)
  })

  it('prints each participant\'s code on the back of their badge, where a phone can answer with it', async () => {
    const pdf = `${stateDir}-badges.pdf`
    try {
      const run = await cli('badges', 'data/faelles-om-ledelse/participants.csv', '--out', pdf, '--url', server.baseURL, '--state', stateDir)
      expect(run.code).toBe(0)
      expect(run.stdout).toContain(`40 af 40 bagsider har en personlig QR-kode til netværksspørgeskemaet (${server.baseURL}/survey)`)
      // Pages alternate front and back; each QR code on a back is a link to the same address.
      const mm = 72 / 25.4
      const cellOf = (x: number, y: number) => `${Math.floor((x / mm - GRID_ORIGIN.x) / BADGE.width)},${Math.floor((y / mm - GRID_ORIGIN.y) / BADGE.height)}`
      /** Member id → the code printed on their badge. */
      const printed = new Map<string, string>()
      const pages = await pdfPageCount(pdf)
      for (let page = 1; page <= pages; page++) {
        const links = await pdfLinks(pdf, page)
        if (page % 2 === 1) {
          expect(links, `front page ${page}`).toEqual([])
          continue
        }
        const words = await pdfWords(pdf, page)
        for (const link of links) {
          const url = new URL(link.url)
          expect(`${url.origin}${url.pathname}`).toBe(`${server.baseURL}/survey`)
          // The code is the one the server lists for this badge's wearer (named on the same badge).
          const code = tokens.find(t => t.token === url.searchParams.get('token'))!
          expect(code, link.url).toBeDefined()
          const cell = cellOf(link.x + link.width / 2, link.y + link.height / 2)
          const onBadge = words.filter(w => cellOf(w.x, w.y) === cell).map(w => w.text)
          expect(onBadge, code.name).toEqual(expect.arrayContaining(code.name.split(' ')))
          printed.set(code.memberId, code.token)
        }
      }
      expect([...printed.keys()].sort()).toEqual(survey.members.map(m => m.id).sort())
      // A phone scanning a badge's code answers for its wearer (one the crowd below answers for again).
      const memberId = [...printed.keys()].find(id => crowd.get(id)!.kind === 'answered')!
      const phone = await signIn({ token: printed.get(memberId)! })
      expect((await request('/__seminarkit/survey', { cookie: phone })).json.memberId).toBe(memberId)
      expect((await request('/__seminarkit/survey', { body: { type: 'answer', ties: [], external: survey.partners.map(() => null) }, cookie: phone })).status).toBe(200)
      expect((await snapshot()).state.surveyResults).toMatchObject({ answered: 1 })
    }
    finally {
      rmSync(pdf, { force: true })
    }
  }, 120_000)

  it('shows and accepts nothing without a valid code, and a code answers only for its own member', async () => {
    const before = await snapshot()
    expect((await request('/__seminarkit/survey')).status).toBe(403)
    expect((await request('/__seminarkit/survey', { body: { type: 'decline' } })).status).toBe(403)
    expect((await request('/__seminarkit/session', { body: { token: 'gaettet-kode-123456789' } })).status).toBe(403)
    expect((await request('/__seminarkit/survey', { body: { type: 'decline' }, cookie: 'seminarkit-session-1=forfalsket' })).status).toBe(403)
    const first = await signIn({ token: tokens[1]!.token })
    // The body cannot name another member, nor can a participant run the presenter's commands.
    expect((await request('/__seminarkit/survey', { body: { type: 'decline', memberId: tokens[2]!.memberId }, cookie: first })).status).toBe(400)
    expect((await request('/__seminarkit/command', { body: { type: 'survey.close' }, cookie: first })).status).toBe(403)
    expect((await request('/__seminarkit/command', { body: { type: 'survey.source', source: 'live' }, cookie: first })).status).toBe(403)
    const view = (await request('/__seminarkit/survey', { cookie: first })).json
    expect(view.memberId).toBe(tokens[1]!.memberId)
    expect(view.members.map((m: { id: string }) => m.id)).not.toContain(tokens[1]!.memberId)
    expect(view.answer).toBeNull()
    expect(await snapshot()).toEqual(before)
  })

  it('takes forty phones\' answers; the room sees the response rate and no name or member id below the gate', async () => {
    for (const [memberId, behaviour] of crowd) {
      if (behaviour.kind === 'absent')
        continue
      const cookie = await signIn({ token: tokens.find(t => t.memberId === memberId)!.token })
      const sends = behaviour.kind === 'declined' ? [{ type: 'decline' }] : [behaviour.first, behaviour.final].filter(Boolean)
      for (const body of sends)
        expect((await request('/__seminarkit/survey', { body, cookie })).status).toBe(200)
    }
    const { state } = await snapshot()
    expect(state.surveyResults).toMatchObject({ members: 40, answered: 32, declined: 3, rate: 0.8, named: false })
    // The visit pairs name participants, as their slide does; nothing else in the state may.
    const { visitPairs, ...rest } = state
    expect(visitPairs?.seed).toBe(state.grouping.pairs.seed)
    const room = JSON.stringify(rest)
    for (const member of survey.members) {
      expect(room).not.toContain(member.name)
      expect(room).not.toContain(`"${member.id}"`)
    }
  })

  it('computes what `seminar network` computes on the export', async () => {
    const out = join(stateDir, '..', `${stateDir.split('/').pop()}-export`)
    try {
      expect((await cli('survey', 'export', '--out', out, '--state', stateDir)).code).toBe(0)
      const run = await cli('network', join(out, 'members.csv'), join(out, 'relations.csv'), '--external', join(out, 'external.csv'), '--json')
      expect(run.code).toBe(0)
      const figures = JSON.parse(run.stdout)
      exported = figures
      const results = (await snapshot()).state.surveyResults!
      expect(figures.respondents / figures.members).toBe(results.rate)
      for (const key of ['ties', 'possibleTies', 'density', 'reciprocity', 'external'] as const)
        expect(figures[key], key).toEqual(results.view.figures[key])
    }
    finally {
      rmSync(out, { recursive: true, force: true })
    }
  })

  it('puts the live network on the slide once the presenter switches it, departments only', async () => {
    expect((await request('/__seminarkit/command', { body: { type: 'survey.source', source: 'live' }, cookie: presenter })).status).toBe(200)
    const { page, problems } = await newPage(browser)
    await page.goto(`${server.baseURL}/netvaerk-figur-1`)
    // The server's layout of the live answers, not the sample's: its ties, drawn as the server laid them out.
    const { links } = (await snapshot()).state.surveyResults!.view.diagram
    const sample = (path: string) => ({ file: path, bytes: readFileSync(join('data/faelles-om-ledelse', path)) })
    expect(links.length).not.toBe(analyseNetwork(parseNetworkFiles({ members: sample('network/members.csv'), relations: sample('network/relations.csv') })).links.length)
    await page.waitForFunction(count => [...document.querySelectorAll('.network-figure .links')].some(g => g.children.length === count), links.length, { timeout: 60_000 })
    // Slidev keeps the neighbouring slides mounted (Figur 2 beside it shows the forum too, and the broker network).
    const ids = await page.locator('[data-testid="network-node"]').evaluateAll(nodes => nodes.map(node => node.getAttribute('data-id')!))
    expect(new Set(ids.filter(id => /^n\d+$/.test(id))).size).toBe(40)
    expect(ids.filter(id => survey.members.some(member => member.id === id))).toEqual([])
    // The deck's team boards name participants by design; the network figures must not.
    const figures = (await page.locator('.network-figure, [data-testid="network-facts"], [data-testid="external-relations"]').evaluateAll(nodes => nodes.map(node => node.outerHTML))).join('\n')
    expect(figures).toContain('data-id="n1"')
    for (const member of survey.members)
      expect(figures).not.toContain(member.name)
    // The figures on the slides are those `seminar network` gave for the export.
    const { integer, percent, decimal } = formats('da')
    await page.goto(`${server.baseURL}/netvaerk-struktur`)
    const facts = page.locator('[data-testid="network-facts"]').first()
    await expect.poll(() => facts.innerText(), { timeout: 30_000 }).toContain(`${integer(exported.ties)} relationer ud af et teoretisk max. på ${integer(exported.possibleTies)} (${percent(exported.density)} densitet)`)
    await page.goto(`${server.baseURL}/netvaerk-eksterne`)
    const table = page.locator('[data-testid="external-relations"]').first()
    await table.waitFor()
    // Each cell's value, without the ▲ marker and the screen readers' "(højest)".
    const rows = await table.evaluate(element => [...element.querySelectorAll('tbody tr')].map(row => [...row.children].map((cell) => {
      const copy = cell.cloneNode(true) as Element
      copy.querySelectorAll('.marker, .sr-only').forEach(node => node.remove())
      return copy.textContent!.trim()
    })))
    expect(rows).toEqual(exported.external.partners.map(partner => [partner, ...(['core', 'periphery'] as const).map((group) => {
      const mean = exported.external[group][partner]
      return mean === null || mean === undefined ? '–' : decimal(mean)
    })]))
    expect(problems.consoleErrors).toEqual([])
    await page.context().close()
  })

  it('keeps an answer given offline on the phone and sends it when the network is back', async () => {
    const memberId = [...crowd].find(([, b]) => b.kind === 'absent')![0]
    const token = tokens.find(t => t.memberId === memberId)!.token
    const { page } = await newPage(browser, { viewport: { width: 390, height: 844 } })
    await page.goto(`${server.baseURL}/survey?token=${token}`)
    await page.waitForSelector('[data-testid="survey-consent"]')
    await page.waitForURL(url => !url.search.includes('token'))
    await page.click('[data-testid="survey-consent"] [data-action="accept"]')
    await page.waitForSelector('[data-testid="survey-questions"] [data-state="saved"]')
    await page.context().setOffline(true)
    await page.locator('[data-testid="survey-member"]').nth(2).check()
    await page.waitForSelector('[data-state="waiting"]')
    const ticked = await page.locator('[data-testid="survey-member"]').nth(2).getAttribute('data-id')
    await page.context().setOffline(false)
    await page.waitForSelector('[data-state="saved"]', { timeout: 15_000 })
    const cookie = await signIn({ token })
    expect((await request('/__seminarkit/survey', { cookie })).json.answer).toMatchObject({ status: 'answered', ties: [ticked] })
    await page.context().close()
  })

  it('refuses changes once the presenter closes the survey', async () => {
    expect((await request('/__seminarkit/command', { body: { type: 'survey.close' }, cookie: presenter })).status).toBe(200)
    const cookie = await signIn({ token: tokens[0]!.token })
    expect((await request('/__seminarkit/survey', { body: { type: 'decline' }, cookie })).status).toBe(409)
  })

  it('leaves nothing of the answers on disk after `seminar survey delete`', async () => {
    // Stop the server first (as the help says): it would otherwise keep the answers in memory.
    server.process.kill('SIGTERM')
    await new Promise(resolve => server.process.once('exit', resolve))
    const removed = await cli('survey', 'delete', '--state', stateDir)
    expect(removed.code).toBe(0)
    expect(removed.stdout).toContain('33 besvarelser og 3 "nej tak"')
    // The codes (also those printed on the badges) are derived from this key: gone, none works.
    expect(removed.stdout).toContain('survey-codes.key: de personlige koder (på navneskiltene og /survey-codes) virker ikke længere')
    expect(existsSync(join(stateDir, 'survey-codes.key'))).toBe(false)
    expect(removed.stdout).toMatch(/Fjernede \d+ login med personlige koder/)
    const left = readdirSync(stateDir).map(name => readFileSync(join(stateDir, name), 'utf8')).join('\n')
    expect(left).not.toMatch(/answered|declined|participant|memberId/)
    for (const { token } of tokens)
      expect(left).not.toContain(token)
  })
})
