import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { seminar as deck } from '../../data/faelles-om-ledelse/seminar.ts'
import { formats } from '../../lib/i18n/format.ts'
import { containsWords, letterSpacedRuns, pdfPageCount, pdfPageTexts, pdfWords } from '../support/pdf.ts'

const run = promisify(execFile)
const dir = mkdtempSync(join(tmpdir(), 'seminar-badges-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const env = { ...process.env, CHROMIUM_PATH: inject('chromiumPath') }

const DEPARTMENTS = ['Børn og Unge', 'Sundhed og Omsorg', 'Teknik og Miljø']
/** Ten people: two sheets, the second half full, so mirroring is seen on a partial page too. */
const names = ['Anna Ager', 'Bo Bech', 'Cecilie Cort', 'Dan Dyhr', 'Eva Enemark', 'Finn Fog', 'Gry Gram', 'Hans Hald', 'Ib Ibsen', 'Jytte Juul']
const participants = join(dir, 'deltagere.csv')
writeFileSync(participants, `\uFEFFNavn;Afdeling\r\n${names.map((name, i) => `${name};${DEPARTMENTS[i % 3]}`).join('\r\n')}\r\n`)

async function seminar(...argv: string[]) {
  return run('node', ['scripts/seminar.mjs', ...argv], { env })
}

/** The same, for a run expected to fail: its exit code and stderr. */
async function seminarFails(...argv: string[]): Promise<{ code: number, stderr: string }> {
  try {
    await seminar(...argv)
  }
  catch (error) {
    const { code, stderr } = error as { code: number, stderr: string }
    return { code, stderr }
  }
  throw new Error(`seminar ${argv.join(' ')} succeeded`)
}

async function pageText(pdf: string, page: number): Promise<string> {
  return (await pdfPageTexts(pdf))[page - 1]!
}

const MM = 72 / 25.4
const A4_MIDDLE_PT = 105 * MM
/** Row of the badge grid (4 rows of 55 mm, centred on the page) that a y position falls in. */
const rowAt = (y: number) => Math.floor((y - 38.5 * MM) / (55 * MM))

describe('seminar badges', () => {
  const pdf = join(dir, 'badges.pdf')
  beforeAll(async () => {
    await seminar('badges', participants, '--seed', '5', '--out', pdf)
  })

  it('prints fronts and mirrored backs, 8 badges a page, with team, role and department', async () => {
    expect(await pdfPageCount(pdf)).toBe(4)

    const teams = JSON.parse((await seminar('teams', participants, '--seed', '5', '--json')).stdout) as { teams: { members: { name: string, role: string, department: string }[] }[] }
    const teamOf = new Map(teams.teams.flatMap((team, index) => team.members.map(m => [m.name, { index, ...m }] as const)))
    const teamNames = ['Aarhus Kommune Blå', 'Aarhus Kommune Rød', 'Aarhus Kommune Grøn']

    for (const [sheet, onSheet] of [[0, names.slice(0, 8)], [1, names.slice(8)]] as const) {
      const front = await pageText(pdf, sheet * 2 + 1)
      const back = await pageText(pdf, sheet * 2 + 2)
      for (const name of onSheet) {
        const member = teamOf.get(name)!
        expect(front).toContain(name)
        expect(front).toContain(member.department)
        expect(back).toContain(`${member.role === 'direktør' ? 'Direktør' : 'Chef'} – ${member.department}`)
        expect(back).toContain(teamNames[member.index]!)
      }
      expect(front).not.toContain('Aarhus Kommune')
      // The event line above each name reads as words (it is small type, not spaced capitals).
      expect(containsWords(front, `${deck.title} · ${formats('da').date(deck.date)}`)).toBe(true)
      expect(letterSpacedRuns(front + back)).toEqual([])
      // Badge k sits in column k % 2 on the front and in the other column on the back, same row.
      const frontWords = await pdfWords(pdf, sheet * 2 + 1)
      const backWords = await pdfWords(pdf, sheet * 2 + 2)
      onSheet.forEach((name, k) => {
        const last = name.split(' ')[1]!
        const onFront = frontWords.find(w => w.text === last)!
        const onBack = backWords.find(w => w.text === last)!
        expect(onFront.x < A4_MIDDLE_PT).toBe(k % 2 === 0)
        expect(onBack.x < A4_MIDDLE_PT).toBe(k % 2 === 1)
        expect([rowAt(onFront.y), rowAt(onBack.y)]).toEqual([Math.floor(k / 2), Math.floor(k / 2)])
      })
    }
  })

  it('gives byte-identical PDFs for the same seed', async () => {
    const again = join(dir, 'again.pdf')
    await seminar('badges', participants, '--seed', '5', '--out', again)
    expect(readFileSync(again).equals(readFileSync(pdf))).toBe(true)
  })
})

describe('seminar tables --cards', () => {
  it('prints one fold-over card per table with its number and members', async () => {
    const pdf = join(dir, 'cards.pdf')
    const { stdout } = await seminar('tables', participants, '--cards', pdf, '--json')
    const { tables } = JSON.parse(stdout) as { tables: { number: number, members: { name: string }[] }[] }
    expect(await pdfPageCount(pdf)).toBe(tables.length)
    for (const table of tables) {
      const text = await pageText(pdf, table.number)
      expect(text).toContain(`Bord ${table.number}`)
      expect(containsWords(text, deck.title)).toBe(true)
      expect(letterSpacedRuns(text)).toEqual([])
      for (const member of table.members)
        expect(text).toContain(member.name)
    }
  })
})

describe('seminar badges refuses outputs it must not write', () => {
  it('an --out that is a folder: one line, exit 1, nothing left in the folder', async () => {
    const folder = join(dir, 'a-folder')
    mkdirSync(folder)
    const { code, stderr } = await seminarFails('badges', participants, '--out', folder)
    expect(code).toBe(1)
    expect(stderr).toBe(`${folder}: found "a folder", expected a file name to write, e.g. badges.pdf\n`)
    expect(readdirSync(folder)).toEqual([])
  })

  it('an --out (or --cards) that is the participants file: refused, the file untouched', async () => {
    const before = readFileSync(participants)
    for (const argv of [['badges', participants, '--out', participants], ['tables', participants, '--cards', participants]]) {
      const { code, stderr } = await seminarFails(...argv)
      expect(code).toBe(1)
      expect(stderr.trimEnd().split('\n')).toEqual([`${participants}: found "the input file ${participants}", expected an output file that is not one of the inputs, e.g. ${argv[0] === 'badges' ? 'badges.pdf' : 'cards.pdf'}`])
    }
    expect(readFileSync(participants).equals(before)).toBe(true)
  })

  it('a write that fails after rendering: one line naming the operation, no stack, no temporary file', async () => {
    // /proc takes no new files, not even as root.
    const { code, stderr } = await seminarFails('badges', participants, '--out', '/proc/badges.pdf')
    expect(code).toBe(1)
    expect(stderr).toMatch(/^seminar badges: cannot open \/proc\/\.badges\.pdf\.[0-9a-f]+\.tmp \(E[A-Z]+\)\n$/)
    expect(readdirSync('/proc').filter(name => name.includes('badges'))).toEqual([])
  })
})
