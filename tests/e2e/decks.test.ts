import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import type { AddressInfo } from 'node:net'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { drawTeams, parseParticipantsText } from '../../lib/grouping/index.ts'
import { messages } from '../../lib/i18n/messages.ts'
import { loadDeck } from '../../scripts/support/deck.ts'
import { loadDeck as loadSlides } from '../../scripts/export/deck.ts'
import { badgesFromTeams, badgesHtml } from '../../scripts/support/print/badges.ts'
import { tableCardsHtml } from '../../scripts/support/print/table-cards.ts'
import { drawTables } from '../../lib/grouping/index.ts'
import { launchTestBrowser, newPage, type PageProblems } from '../support/browser.ts'
import { pdfPageTexts } from '../support/pdf.ts'
import { startDevServer, type DevServer } from '../support/dev-server.ts'
import { runScript } from '../support/run-script.ts'
import { serveStatic, walkBuiltDeck } from '../support/static-server.ts'

const run = promisify(execFile)
const env = { ...process.env, CHROMIUM_PATH: inject('chromiumPath') }
const seminar = (...argv: string[]) => run(process.execPath, ['scripts/seminar.mjs', ...argv], { env })

/** Words only the Danish catalogue has: none may show in an English deck. */
const DANISH_ONLY = ['Nulstil', 'Fortsæt', 'Næste spørgsmål', 'Spørgsmål', 'Bord ', 'deltagere', 'Navneskilte', 'Bordkort', 'Direktør', 'ca. ']

declare global {
  interface Window {
    __slidev__: { nav: { total: number, currentPage: number, go: (no: number) => Promise<void> } }
  }
}

/** The visible copy of slide `no` once it shows its layout and text. */
async function slideText(page: Page, no: number, url: string): Promise<string> {
  const text = await page.waitForFunction((target) => {
    const slide = [...document.querySelectorAll<HTMLElement>(`.slidev-page-${target}`)].find(element => element.checkVisibility())
    const text = slide?.querySelector('.slidev-layout') ? slide.innerText : ''
    return text.trim() !== '' && !text.includes('Loading slide') && text
  }, no, { timeout: 60_000 }).catch((error: Error) => {
    throw new Error(`slide ${no} of ${url} never rendered: ${error.message}`)
  })
  return String(await text.jsonValue())
}

/** Every slide in turn by Slidev's own navigation (a dev server exposes it). */
async function walk(page: Page, url: string): Promise<string[]> {
  await page.goto(url, { waitUntil: 'load' })
  await page.waitForFunction(() => window.__slidev__?.nav.total > 0, null, { timeout: 120_000 })
  const total = await page.evaluate(() => window.__slidev__.nav.total)
  const texts: string[] = []
  for (let no = 1; no <= total; no++) {
    await page.evaluate(target => window.__slidev__.nav.go(target), no)
    texts.push(await slideText(page, no, url))
  }
  return texts
}

function expectClean(problems: PageProblems) {
  expect(problems.consoleErrors).toEqual([])
  expect(problems.failedRequests).toEqual([])
  expect(problems.offMachineRequests).toEqual([])
}

// Fresh decks go into the repository (where decks live) under unused slugs and are removed
// after; their builds go to a temporary folder.
const fresh = { da: `zz-e2e-da-${process.pid}`, en: `zz-e2e-en-${process.pid}` } as const
const buildDir = mkdtempSync(join(tmpdir(), 'seminarkit-decks-'))
function removeFresh() {
  for (const slug of Object.values(fresh)) {
    for (const path of [join('data', slug), join('slides', `${slug}.md`)])
      rmSync(resolve(path), { recursive: true, force: true })
  }
  rmSync(buildDir, { recursive: true, force: true })
}

let browser: Browser
beforeAll(async () => {
  browser = await launchTestBrowser()
})
afterAll(async () => {
  await browser?.close()
  removeFresh()
})

describe.each(['da', 'en'] as const)('a freshly scaffolded deck in %s', (language) => {
  const slug = fresh[language]

  it('scaffolds, passes seminar check, builds, and renders every slide with no console error', async () => {
    await seminar('new', slug, '--title', language === 'da' ? 'Forårsdag' : 'Spring Day', '--date', '2026-04-16', '--lang', language)
    const check = await seminar('check', '--deck', slug)
    expect(check.stdout).toMatch(new RegExp(`^${slug}: \\d+ data modules, 4 CSV files: ok$`, 'm'))

    const build = await runScript('scripts/build.ts', [slug, '--out', buildDir], 300_000)
    expect(build.code, build.stderr).toBe(0)
    const index = join(buildDir, slug, 'index.html')
    expect(existsSync(index)).toBe(true)

    const site = await serveStatic(buildDir, index)
    try {
      const origin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`
      const { page, problems } = await newPage(browser)
      const texts = await walkBuiltDeck(page, origin, slug, (await loadSlides(slug)).slides.length)
      expect(texts.flatMap((text, index) => text === '' ? [index + 1] : [])).toEqual([])
      expectClean(problems)
      const all = texts.join('\n')
      if (language === 'en') {
        for (const word of DANISH_ONLY)
          expect(all, word).not.toContain(word)
      }
      else {
        expect(all).toContain('16. april 2026')
      }
      await page.context().close()
    }
    finally {
      await new Promise(done => site.close(done))
    }
  }, 600_000)
})

describe('the English example deck', () => {
  let server: DevServer
  const stateDir = mkdtempSync(join(tmpdir(), 'seminarkit-en-'))
  beforeAll(async () => {
    server = await startDevServer({ deck: 'slides/leading-together.md', stateDir })
  }, 240_000)
  afterAll(() => {
    server?.process.kill('SIGTERM')
    rmSync(stateDir, { recursive: true, force: true })
  })

  it('speaks English on every slide and in its controls: Start, Pause, Reset', async () => {
    const { page, problems } = await newPage(browser)
    const texts = await walk(page, `${server.baseURL}/presenter/1`)
    const all = texts.join('\n')
    for (const word of DANISH_ONLY)
      expect(all, word).not.toContain(word)
    await page.goto(`${server.baseURL}/timer/troika-challenge-consult-2`, { waitUntil: 'load' })
    const controls = page.locator('[data-testid="countdown"] button')
    await controls.first().waitFor({ timeout: 60_000 })
    expect(await controls.allInnerTexts()).toEqual(['Start', 'Pause', '+1 min.', 'Reset', 'Sound: off'])
    const step = await page.getByTestId('step-instruction').innerText()
    expect(step).toContain('Consultants talk')
    expect(step).toContain('Client: turn your back')
    expectClean(problems)
    await page.context().close()
  })

  it('prints badges and table cards with its own title, date and colours, and no Danish', async () => {
    const deck = await loadDeck('leading-together')
    const participants = parseParticipantsText('participants.csv', readFileSync(resolve('data/leading-together/participants.csv'), 'utf8'))
    const html = badgesHtml(deck, badgesFromTeams(deck, drawTeams(participants, deck.teams.colours, 1, deck.teams.roles)))
    for (const colour of deck.teams.colours)
      expect(html).toContain(`background:${colour.hex}`)
    const cardsHtml = tableCardsHtml(deck, drawTables(participants, 3, 1))
    for (const page of [html, cardsHtml]) {
      expect(page).toContain('<html lang="en">')
      const text = page.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ')
      expect(text).toContain('Leading Together')
      for (const word of DANISH_ONLY)
        expect(text, word).not.toContain(word)
    }
    expect(html).toContain('Leading Together · 16 April 2026')

    const dir = mkdtempSync(join(tmpdir(), 'seminar-en-print-'))
    try {
      const badges = join(dir, 'badges.pdf')
      const cards = join(dir, 'cards.pdf')
      const written = await seminar('badges', 'data/leading-together/participants.csv', '--deck', 'leading-together', '--out', badges)
      expect(written.stdout).toMatch(/name badges on \d+ pages/)
      await seminar('tables', 'data/leading-together/participants.csv', '--deck', 'leading-together', '--cards', cards)
      const badgeText = (await pdfPageTexts(badges)).join('\n')
      const cardText = (await pdfPageTexts(cards)).join('\n')
      expect(badgeText).toContain('Leading Together · 16 April 2026')
      for (const colour of deck.teams.colours)
        expect(badgeText).toContain(colour.name)
      expect(badgeText).toMatch(/Director – /)
      expect(cardText).toContain('Leading Together')
      expect(cardText).toContain('Table 1')
      for (const word of [...DANISH_ONLY, messages.da.print.notes, 'Aarhus', 'Fælles'])
        expect(`${badgeText}\n${cardText}`, word).not.toContain(word.trim())
    }
    finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
