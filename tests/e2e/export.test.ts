import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Papa from 'papaparse'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { discussions, programme, seminar } from '../../data/faelles-om-ledelse/index.ts'
import { plainText } from '../../lib/markdown.ts'
import { translate } from '../../lib/i18n/translate.ts'
import { loadDeck, type Deck } from '../../scripts/export/deck.ts'
import { containsWords, letterSpacedRuns, pdfBookmarks, pdfFonts, pdfPageTexts, type Bookmark } from '../support/pdf.ts'
import { PLAIN_JPEG } from '../support/jpeg-fixture.ts'
import { runScript, type ScriptResult } from '../support/run-script.ts'

// One export per run (it starts its own Slidev in export mode: only that has the print
// route); every test reads the same two PDFs. Atomic writing: scripts/support/atomic-write.test.ts.
const outDir = mkdtempSync(join(tmpdir(), 'seminarkit-export-'))
const presenterFile = join(outDir, 'faelles-om-ledelse.pdf')
const handoutFile = join(outDir, 'faelles-om-ledelse-handout.pdf')
const flat = (text: string) => text.replace(/\s+/g, ' ').trim()

function csvNames(file: string): string[] {
  const rows = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data
  return rows.map(row => row.name!).filter(Boolean)
}
const people = [...new Set([
  ...csvNames('data/faelles-om-ledelse/participants.csv'),
  ...csvNames('data/faelles-om-ledelse/network/members.csv'),
])]

/** What the tables gave the room on the day, in the state folder the export reads. */
const stateDir = mkdtempSync(join(tmpdir(), 'seminarkit-export-state-'))
const APPROVED = ['Visionen skal ud at gå, før den er færdig.', 'Vi taler samme sprog, når vi mødes på tværs.']
const HIDDEN = 'Denne indsigt skjulte oplægsholderen.'
function seedDay(): void {
  const insight = (table: number, text: string, status: string) => ({ id: `visionsledelse-${table}`, round: 'visionsledelse', table, text, at: 1_550_826_000_000 + table, status })
  writeFileSync(join(stateDir, 'insights.json'), JSON.stringify({ items: [insight(1, APPROVED[0]!, 'approved'), insight(2, HIDDEN, 'hidden'), insight(3, APPROVED[1]!, 'approved')] }))
  writeFileSync(join(stateDir, 'photos.json'), JSON.stringify({ items: [{ id: '2-1550829600000', table: 2, at: 1_550_829_600_000 }] }))
  mkdirSync(join(stateDir, 'photos'))
  writeFileSync(join(stateDir, 'photos', '2-1550829600000.jpg'), PLAIN_JPEG)
}

let deck: Deck
let run: ScriptResult
let presenter: string[]
let handout: string[]
let presenterBookmarks: Bookmark[]
let handoutBookmarks: Bookmark[]

beforeAll(async () => {
  deck = await loadDeck('faelles-om-ledelse')
  seedDay()
  const previous = process.env.SEMINARKIT_STATE_DIR
  process.env.SEMINARKIT_STATE_DIR = stateDir
  try {
    run = await runScript('scripts/export.ts', ['faelles-om-ledelse', '--out', outDir])
  }
  finally {
    if (previous === undefined)
      delete process.env.SEMINARKIT_STATE_DIR
    else
      process.env.SEMINARKIT_STATE_DIR = previous
  }
  if (run.code !== 0)
    throw new Error(`npm run export failed (${run.code}):\n${run.stderr}`)
  presenter = (await pdfPageTexts(presenterFile)).map(flat)
  handout = (await pdfPageTexts(handoutFile)).map(flat)
  presenterBookmarks = await pdfBookmarks(readFileSync(presenterFile))
  handoutBookmarks = await pdfBookmarks(readFileSync(handoutFile))
})

afterAll(() => {
  rmSync(outDir, { recursive: true, force: true })
  rmSync(stateDir, { recursive: true, force: true })
})

describe('npm run export', () => {
  it('shows progress on stderr and names both PDFs on stdout', () => {
    const total = deck.slides.length
    expect(run.stderr).toContain(`presenter PDF: slides ${total}/${total}`)
    expect(run.stderr).toMatch(/✓ rendering the participant handout/)
    expect(run.stdout).toContain(`faelles-om-ledelse.pdf (${total} pages)`)
    expect(run.stdout).toContain('faelles-om-ledelse-handout.pdf')
  })

  it('presenter PDF: one page per slide, carrying the seminar\'s texts from the data modules', () => {
    expect(presenter).toHaveLength(deck.slides.length)
    const all = presenter.join(' ')
    expect(all).toContain(seminar.title)
    for (const item of programme.items)
      expect(all).toContain(flat(item.title))
    for (const question of discussions.flatMap(round => round.questions))
      expect(all).toContain(flat(plainText(question.text)))
  })

  it('headings and kickers come back as words, not as spaced letters', () => {
    const all = presenter.join(' ')
    // The research talk's kicker and the course name in every session title are styled in
    // spaced capitals on screen.
    expect(containsWords(all, 'Center for Offentlig Ledelse')).toBe(true)
    expect(containsWords(all, 'Fælles om Ledelse')).toBe(true)
    expect(containsWords(all, seminar.organisation)).toBe(true)
    for (const [name, pages] of [['presenter', presenter], ['handout', handout]] as const)
      expect(pages.flatMap(letterSpacedRuns), name).toEqual([])
  })

  it('both PDFs embed every font and have selectable text', async () => {
    for (const file of [presenterFile, handoutFile]) {
      const fonts = await pdfFonts(file)
      expect(fonts.length).toBeGreaterThan(0)
      expect(fonts.filter(font => !font.embedded)).toEqual([])
    }
    expect(handout.every(page => page.length > 0)).toBe(true)
  })

  it('bookmarks every section at its section slide', () => {
    const sectionPages = deck.slides.filter(slide => slide.layout === 'section').map(slide => slide.no)
    const topLevel = presenterBookmarks.filter(bookmark => bookmark.depth === 0)
    expect(topLevel.length).toBeGreaterThan(5)
    for (const bookmark of topLevel)
      expect(presenter[bookmark.page - 1]).toContain(bookmark.title)
    // Every section slide falls under a top-level bookmark with its own title.
    for (const page of sectionPages) {
      const owner = topLevel.filter(bookmark => bookmark.page <= page).at(-1)
      expect(owner, `section slide ${page}`).toBeDefined()
      expect(presenter[page - 1]).toContain(owner!.title)
    }
    expect(presenterBookmarks.some(bookmark => bookmark.depth === 1)).toBe(true)
  })

  it('handout: leaves out the facilitator-only slides and adds a notes page per discussion', () => {
    const facilitatorOnly = deck.slides.filter(slide => !slide.handout)
    expect(facilitatorOnly.length).toBeGreaterThan(0)
    expect(handout).toHaveLength(deck.slides.length - facilitatorOnly.length + discussions.length)
    for (const slide of facilitatorOnly) {
      const page = presenter[slide.no - 1]!
      expect(handout, `slide ${slide.no}`).not.toContain(page)
    }
  })

  it('handout: each discussion\'s questions with their minutes and room for notes', () => {
    for (const round of discussions) {
      const bookmark = handoutBookmarks.find(candidate => candidate.title === `Noter: ${round.title}`)
      expect(bookmark, round.id).toBeDefined()
      const notes = handout[bookmark!.page - 1]!
      expect(notes.startsWith(`Noter ${round.title}`), notes.slice(0, 80)).toBe(true)
      for (const question of round.questions) {
        expect(notes).toContain(flat(plainText(question.text)))
        expect(notes).toContain(translate('da', 'common.aboutMinutes', { minutes: question.minutes! }))
      }
      // The round's slide comes right before its notes page.
      expect(handout[bookmark!.page - 2]).toContain(flat(plainText(round.questions[0]!.text)))
    }
  })

  it('handout: the tables\' approved insights and their photos from the day, never a hidden insight', () => {
    const insights = handout.find(page => page.startsWith('Indsigter fra bordene'))
    expect(insights, 'the insights slide').toBeDefined()
    for (const text of APPROVED)
      expect(insights).toContain(text)
    expect(handout.join(' ')).not.toContain(HIDDEN)
    expect(presenter.join(' ')).not.toContain(HIDDEN)
    const photos = handout.find(page => page.startsWith('Fotos af produkterne'))
    expect(photos, 'the photo gallery slide').toBeDefined()
    expect(photos).toContain('Bord 2')
    expect(photos).not.toContain(translate('da', 'tables.photosNone'))
  })

  it('handout names nobody from the participant or network lists (the presenter PDF does)', () => {
    expect(people.length).toBeGreaterThan(20)
    const named = (pages: string[]) => people.filter(name => pages.some(page => page.includes(name)))
    expect(named(presenter).length).toBeGreaterThan(0)
    expect(named(handout)).toEqual([])
    const networkPages = handout.filter(page => /netværk/i.test(page))
    expect(networkPages.length).toBeGreaterThan(0)
  })

  it('an unknown deck is a usage error naming the decks there are', async () => {
    const result = await runScript('scripts/export.ts', ['no-such-deck', '--out', outDir])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('no deck "no-such-deck"')
    expect(result.stderr).toContain('faelles-om-ledelse')
  })
})
