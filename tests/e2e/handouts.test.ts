import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { PLAIN_JPEG } from '../support/jpeg-fixture.ts'
import { containsWords, letterSpacedRuns, pdfBookmarks, pdfFonts, pdfPageTexts } from '../support/pdf.ts'
import { readZip } from '../support/zip.ts'

const run = promisify(execFile)
const dir = mkdtempSync(join(tmpdir(), 'seminar-handouts-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const chromiumPath = inject('chromiumPath')

const DEPARTMENTS = ['Børn og Unge', 'Sundhed og Omsorg', 'Teknik og Miljø']
/** Seven people: the visits have a trio. "Kim/Dal" and "Kim:Dal" both give the file name "Kim-Dal". */
const names = ['Anna Ager', 'Bo Bech', 'Cecilie Cort', 'Dan Dyhr', 'Kim/Dal', 'Kim:Dal', 'Åse Ørum']
const participants = join(dir, 'deltagere.csv')
writeFileSync(participants, `\uFEFFNavn;Afdeling\r\n${names.map((name, i) => `${name};${DEPARTMENTS[i % 3]}`).join('\r\n')}\r\n`)

const SEEDS = { teams: 4, tables: 3, pairs: 2 }
const APPROVED = ['Vi skal turde vise visionen frem, før den er færdig.', 'Sparring på tværs gav os et fælles sprog.']
const HIDDEN = 'Denne indsigt blev skjult af oplægsholderen.'
const PENDING = 'Denne indsigt blev aldrig godkendt.'

/** The state folder as the dev server leaves it after a day with a live draw, marks, insights and a photo. */
function dayState(): string {
  const state = mkdtempSync(join(dir, 'state-'))
  const draw = (seed: number) => ({ seed, previous: [1], highest: seed })
  writeFileSync(join(state, 'grouping.json'), JSON.stringify({ teams: draw(SEEDS.teams), tables: draw(SEEDS.tables), pairs: draw(SEEDS.pairs) }))
  writeFileSync(join(state, 'programme.json'), JSON.stringify({
    starts: [{ id: 'visionsledelse', at: 9 * 60 + 2 }, { id: 'forskning', at: 9 * 60 + 52 }],
    rehearsalStarts: [{ id: 'relationer', at: 11 * 60 + 44 }],
    recoveries: [],
    rehearsalRecoveries: [],
    indicator: true,
  }))
  const insight = (table: number, text: string, status: string) => ({ id: `visionsledelse-${table}`, round: 'visionsledelse', table, text, at: 1_550_826_000_000 + table, status })
  writeFileSync(join(state, 'insights.json'), JSON.stringify({ items: [insight(1, APPROVED[0]!, 'approved'), insight(2, APPROVED[1]!, 'approved'), insight(3, HIDDEN, 'hidden'), insight(4, PENDING, 'pending')] }))
  // One photo approved (a photos.json from before moderation reads as approved), one waiting, one hidden.
  writeFileSync(join(state, 'photos.json'), JSON.stringify({ items: [
    { id: '2-1550829600000', table: 2, at: 1_550_829_600_000 },
    { id: '3-1550829700000', table: 3, at: 1_550_829_700_000, status: 'pending' },
    { id: '4-1550829800000', table: 4, at: 1_550_829_800_000, status: 'hidden' },
  ] }))
  mkdirSync(join(state, 'photos'))
  for (const id of ['2-1550829600000', '3-1550829700000', '4-1550829800000'])
    writeFileSync(join(state, 'photos', `${id}.jpg`), PLAIN_JPEG)
  return state
}

async function seminar(state: string, ...argv: string[]) {
  return run('node', ['scripts/seminar.mjs', ...argv], { env: { ...process.env, CHROMIUM_PATH: chromiumPath, SEMINARKIT_STATE_DIR: state } })
}

async function seminarFails(state: string, ...argv: string[]): Promise<{ code: number, stderr: string }> {
  try {
    await seminar(state, ...argv)
  }
  catch (error) {
    const { code, stderr } = error as { code: number, stderr: string }
    return { code, stderr }
  }
  throw new Error(`seminar ${argv.join(' ')} succeeded`)
}

interface Draws {
  teams: { seed: number, teams: { colour: string, members: { name: string, role: string }[] }[] }
  tables: { seed: number, tables: { number: number, members: { name: string }[] }[] }
  pairs: { seed: number, visits: { host: string, guest: string, month: string }[] }
}

/** What `seminar teams|tables|pairs` print with the same state: the draws the room used. */
async function drawsFor(state: string, file: string, pairsArgs: string[] = []): Promise<Draws> {
  const json = async (...argv: string[]) => JSON.parse((await seminar(state, ...argv, file, '--json')).stdout) as never
  const [teams, tables, pairs] = await Promise.all([json('teams'), json('tables'), json('pairs', ...pairsArgs)])
  return { teams, tables, pairs }
}

/** The text between two headings of a handout: one part. */
function part(text: string, from: string, to: string): string {
  const start = text.indexOf(from)
  const end = text.indexOf(to, start)
  expect(start, `"${from}" in the handout`).toBeGreaterThan(-1)
  expect(end, `"${to}" after "${from}"`).toBeGreaterThan(start)
  return text.slice(start + from.length, end)
}

const TEAM_NAMES: Record<string, string> = { blå: 'Aarhus Kommune Blå', rød: 'Aarhus Kommune Rød', grøn: 'Aarhus Kommune Grøn' }

/** Checks one participant's handout against the draws: table-mates, team, role and visits. */
function expectPersonal(text: string, name: string, draws: Draws): void {
  const table = draws.tables.tables.find(t => t.members.some(m => m.name === name))!
  const atTable = part(text, 'Ved bordet med dig', 'Dine jobbesøg')
  expect(containsWords(part(text, 'Dit bord', 'Ved bordet med dig'), `Bord ${table.number}`)).toBe(true)
  for (const other of table.members.map(m => m.name).filter(n => n !== name))
    expect(atTable, `${name}'s table-mate ${other}`).toContain(other)
  for (const stranger of draws.tables.tables.filter(t => t !== table).flatMap(t => t.members.map(m => m.name)))
    expect(atTable, `${stranger} is not at ${name}'s table`).not.toContain(stranger)

  const team = draws.teams.teams.find(t => t.members.some(m => m.name === name))!
  const role = team.members.find(m => m.name === name)!.role
  const teamPart = part(text, 'Dit hold', 'Dit bord')
  expect(containsWords(teamPart, TEAM_NAMES[team.colour]!)).toBe(true)
  expect(containsWords(teamPart, `Din rolle: ${role[0]!.toUpperCase()}${role.slice(1)}`)).toBe(true)

  const visits = part(text, 'Dine jobbesøg', 'Programmet, som dagen gik')
  for (const visit of draws.pairs.visits.filter(v => v.host === name))
    expect(containsWords(visits, `I ${visit.month} er du vært for ${visit.guest}.`), `${name} hosts ${visit.guest}`).toBe(true)
  for (const visit of draws.pairs.visits.filter(v => v.guest === name))
    expect(containsWords(visits, `I ${visit.month} besøger du ${visit.host}.`), `${name} visits ${visit.host}`).toBe(true)
}

describe('seminar handouts after a day with a live draw, marks, insights and a photo', () => {
  const state = dayState()
  const out = join(dir, 'handouts')
  let draws: Draws
  let stdout: string
  beforeAll(async () => {
    const started = performance.now()
    stdout = (await seminar(state, 'handouts', participants, '--out', out)).stdout
    console.info(`seminar handouts, ${names.length} participants: ${Math.round(performance.now() - started)} ms`)
    draws = await drawsFor(state, participants)
  })

  it('uses the draws on the deck\'s boards, as badges and the table cards do', () => {
    expect([draws.teams.seed, draws.tables.seed, draws.pairs.seed]).toEqual([SEEDS.teams, SEEDS.tables, SEEDS.pairs])
  })

  it('writes one PDF per participant, same-looking file names kept apart, and a zip of exactly those', () => {
    const pdfs = ['Anna Ager.pdf', 'Bo Bech.pdf', 'Cecilie Cort.pdf', 'Dan Dyhr.pdf', 'Kim-Dal.pdf', 'Kim-Dal (2).pdf', 'Åse Ørum.pdf']
    expect(readdirSync(out).sort()).toEqual([...pdfs, 'handouts.zip'].sort())
    const zipped = readZip(readFileSync(join(out, 'handouts.zip')))
    expect(zipped.map(entry => entry.name)).toEqual(pdfs)
    for (const entry of zipped)
      expect(entry.data.equals(readFileSync(join(out, entry.name))), entry.name).toBe(true)
    expect(stdout).toBe(`${out}: 7 personlige PDF'er og ${join(out, 'handouts.zip')} med dem alle\n`)
  })

  it('gives each participant their own team, role, table-mates and visit partners', async () => {
    const fileOf = (name: string) => name === 'Kim/Dal' ? 'Kim-Dal.pdf' : name === 'Kim:Dal' ? 'Kim-Dal (2).pdf' : `${name}.pdf`
    for (const name of names) {
      const text = (await pdfPageTexts(join(out, fileOf(name)))).join('\n')
      expect(text.startsWith(`Personligt deltagermateriale\n${name}\n`), `${fileOf(name)} is ${name}'s`).toBe(true)
      expectPersonal(text, name, draws)
    }
  })

  it('shows the programme against the marked starts, the approved insights and photo only', async () => {
    const pdf = join(out, 'Anna Ager.pdf')
    const text = (await pdfPageTexts(pdf)).join('\n')
    const programme = part(text, 'Programmet, som dagen gik', 'Bordenes indsigter')
    expect(containsWords(programme, '09.00 – 09.30 09.02 Erfaringer med aktiv visionsledelse')).toBe(true)
    expect(containsWords(programme, '09.45 – 11.15 09.52')).toBe(true)
    // A rehearsal's mark is not the day.
    expect(programme).not.toContain('11.44')
    expect(containsWords(programme, '11.30 – 12.15 ikke registreret')).toBe(true)
    const insights = part(text, 'Bordenes indsigter', 'Fotos fra bordene')
    for (const approved of APPROVED)
      expect(containsWords(insights, approved)).toBe(true)
    expect(text).not.toContain(HIDDEN.slice(0, 20))
    expect(text).not.toContain(PENDING.slice(0, 20))
    expect(text.slice(text.indexOf('Fotos fra bordene'))).toMatch(/Bord 2/)
    // The approved photo only: never one waiting for approval or hidden.
    expect(readFileSync(pdf).toString('latin1').match(/\/Subtype \/Image/g)).toHaveLength(1)
    expect(letterSpacedRuns(text)).toEqual([])
  })

  it('has a bookmark per part and embeds its fonts', async () => {
    const pdf = join(out, 'Bo Bech.pdf')
    const bookmarks = await pdfBookmarks(pdf)
    expect(bookmarks.map(b => [b.depth, b.title])).toEqual([
      [0, 'Bo Bech'],
      [1, 'Dit hold'],
      [1, 'Dit bord'],
      [1, 'Dine jobbesøg'],
      [1, 'Programmet, som dagen gik'],
      [1, 'Bordenes indsigter'],
      [1, 'Fotos fra bordene'],
    ])
    expect(bookmarks.every(b => b.page >= 1)).toBe(true)
    const fonts = await pdfFonts(pdf)
    expect(fonts.length).toBeGreaterThan(0)
    expect(fonts.filter(font => !font.embedded)).toEqual([])
  })

  it('gives byte-identical files when run again, replacing its earlier folder', async () => {
    const before = readFileSync(join(out, 'handouts.zip'))
    await seminar(state, 'handouts', participants, '--out', out)
    expect(readFileSync(join(out, 'handouts.zip')).equals(before)).toBe(true)
  })

  it('refuses a state file it cannot trust, one line naming it, and leaves the earlier handouts and the file as they were', async () => {
    const broken = dayState()
    writeFileSync(join(broken, 'insights.json'), '{"items": [{"id": "x"}')
    const before = readdirSync(out).map(name => readFileSync(join(out, name)))
    const { code, stderr } = await seminarFails(broken, 'handouts', participants, '--out', out)
    expect(code).toBe(1)
    expect(stderr).toMatch(new RegExp(`^${join(broken, 'insights.json')}: found "not JSON \\(.+\\)", expected a state file as the dev server \\(npm start\\) writes it; restore it or move it away\\n$`))
    expect(readdirSync(out).map(name => readFileSync(join(out, name)))).toEqual(before)
    expect(readFileSync(join(broken, 'insights.json'), 'utf8')).toBe('{"items": [{"id": "x"}')
  })
})

describe('seminar handouts on the default deck\'s own participants, with no state from the day', () => {
  const state = mkdtempSync(join(dir, 'empty-state-'))
  const out = join(dir, 'sample')
  const file = 'data/faelles-om-ledelse/participants.csv'

  it('writes everyone\'s handout from seed 1, as the boards show before a draw, and says no times were recorded', async () => {
    const started = performance.now()
    await seminar(state, 'handouts', '--out', out)
    console.info(`seminar handouts, the full sample: ${Math.round(performance.now() - started)} ms`)
    // The pairs board avoids the network survey's ties; so does the handout.
    const draws = await drawsFor(state, file, ['--members', 'data/faelles-om-ledelse/network/members.csv', '--relations', 'data/faelles-om-ledelse/network/relations.csv'])
    expect(draws.tables.seed).toBe(1)
    const everyone = draws.tables.tables.flatMap(t => t.members.map(m => m.name))
    expect(readdirSync(out).sort()).toEqual([...everyone.map(name => `${name}.pdf`), 'handouts.zip'].sort())
    expect(readZip(readFileSync(join(out, 'handouts.zip'))).map(entry => entry.name).sort()).toEqual(everyone.map(name => `${name}.pdf`).sort())
    // Each participant's part is checked on the fixture above; here a few pages show the sample's come out the same.
    for (const name of everyone.slice(0, 5)) {
      const text = (await pdfPageTexts(join(out, `${name}.pdf`))).join('\n')
      expectPersonal(text, name, draws)
      expect(containsWords(text, 'Der blev ikke registreret starttider på dagen')).toBe(true)
      expect(containsWords(text, 'Ingen indsigter fra bordene blev vist på dagen.')).toBe(true)
    }
  })
})

describe('seminar handouts refuses bad input: one line, exit 1, no output', () => {
  const state = mkdtempSync(join(dir, 'refusals-'))

  it('participants with a duplicate name: file and line, no folder made', async () => {
    const bad = join(dir, 'dubletter.csv')
    writeFileSync(bad, 'name,department\nAnna Ager,Børn og Unge\nAnna Ager,Teknik og Miljø\n')
    const out = join(dir, 'never')
    const { code, stderr } = await seminarFails(state, 'handouts', bad, '--out', out)
    expect(code).toBe(1)
    expect(stderr).toBe(`${bad}:3: column "name": found "\\"Anna Ager\\" again (first on line 2)", expected a unique name\n`)
    expect(existsSync(out)).toBe(false)
    expect(readdirSync(dir).filter(name => name.startsWith('.never'))).toEqual([])
  })

  it('an --out that is a file, or a folder holding other files: refused, untouched', async () => {
    const aFile = join(dir, 'notes.txt')
    writeFileSync(aFile, 'mine')
    const folder = join(dir, 'documents')
    mkdirSync(folder)
    writeFileSync(join(folder, 'budget.xlsx'), 'mine')
    for (const [out, found] of [[aFile, 'a file'], [folder, 'a folder with other files (budget.xlsx)']] as const) {
      const { code, stderr } = await seminarFails(state, 'handouts', participants, '--out', out)
      expect(code).toBe(1)
      expect(stderr).toBe(`${out}: found "${found}", expected a new or empty folder, or one "seminar handouts" wrote (only .pdf files and handouts.zip), e.g. handouts/\n`)
    }
    expect(readFileSync(aFile, 'utf8')).toBe('mine')
    expect(readdirSync(folder)).toEqual(['budget.xlsx'])
  })

  it('a photo the state lists but the folder lacks: the missing file named', async () => {
    const broken = dayState()
    rmSync(join(broken, 'photos', '2-1550829600000.jpg'))
    const out = join(dir, 'never-either')
    const { code, stderr } = await seminarFails(broken, 'handouts', participants, '--out', out)
    expect(code).toBe(1)
    expect(stderr).toBe(`${join(broken, 'photos', '2-1550829600000.jpg')}: found "no such file", expected the photo ${join(broken, 'photos.json')} lists (restore it, or remove its entry)\n`)
    expect(existsSync(out)).toBe(false)
  })

  it('a photo file that is not a picture: the file named, after Chromium tried it', async () => {
    const broken = dayState()
    writeFileSync(join(broken, 'photos', '2-1550829600000.jpg'), 'not a JPEG')
    const out = join(dir, 'never-at-all')
    const { code, stderr } = await seminarFails(broken, 'handouts', participants, '--out', out)
    expect(code).toBe(1)
    expect(stderr).toBe(`${join(broken, 'photos', '2-1550829600000.jpg')}: found "a picture that cannot be read", expected a JPEG as the dev server keeps it (restore it, or remove its entry from photos.json)\n`)
    expect(existsSync(out)).toBe(false)
  })

  it('no --out: a usage error (exit 2)', async () => {
    const { code, stderr } = await seminarFails(state, 'handouts', participants)
    expect(code).toBe(2)
    expect(stderr.split('\n')[0]).toBe('seminar handouts: --out DIR is required')
  })
})
