import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parseParticipantsCsv } from '../../lib/grouping/participants.ts'
import { pairRuleViolations, sameDepartmentVisits, tableRuleViolations, teamRuleViolations, tiedCircles } from '../../lib/grouping/rules.ts'
import { participantsPath } from '../generate-participants.ts'
import { defaultDeckSlug, loadDeck } from '../support/deck.ts'
import { main } from './main.ts'

async function run(...argv: string[]) {
  const out = { stdout: '', stderr: '' }
  const code = await main(argv, {
    stdout: (text) => { out.stdout += text },
    stderr: (text) => { out.stderr += text },
  })
  return { code, ...out }
}

// Without --deck the commands use the default deck: its colours, role words and months.
const deck = await loadDeck(defaultDeckSlug())
const PARTICIPANTS_PATH = await participantsPath(deck.slug)
const participants = parseParticipantsCsv('participants.csv', readFileSync(PARTICIPANTS_PATH))
const network = (name: string) => join(PARTICIPANTS_PATH, '..', 'network', `${name}.csv`)
const dir = mkdtempSync(join(tmpdir(), 'seminar-grouping-'))
// No live state of a real day: without --seed the commands use seed 1 unless a test writes a draw here.
const stateDir = mkdtempSync(join(tmpdir(), 'seminar-grouping-state-'))
const previousStateDir = process.env.SEMINARKIT_STATE_DIR
process.env.SEMINARKIT_STATE_DIR = stateDir
afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
  rmSync(stateDir, { recursive: true, force: true })
  if (previousStateDir === undefined)
    delete process.env.SEMINARKIT_STATE_DIR
  else
    process.env.SEMINARKIT_STATE_DIR = previousStateDir
})
function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

describe('seminar teams', () => {
  it('prints one JSON document that follows the team rules, with the deck\'s colours and facilitators', async () => {
    const { code, stdout, stderr } = await run('teams', PARTICIPANTS_PATH, '--seed', '7', '--json')
    expect([code, stderr]).toEqual([0, ''])
    const result = JSON.parse(stdout)
    expect(Object.keys(result)).toEqual(['seed', 'teams'])
    expect(result.seed).toBe(7)
    expect(result.teams.map((t: { colour: string, facilitator: string }) => [t.colour, t.facilitator]))
      .toEqual(deck.teams.colours.map(t => [t.colour, t.facilitator]))
    expect(teamRuleViolations(participants, result, deck.teams.roles.lead)).toEqual([])
  })

  it('gives byte-identical output for the same seed and other teams for another', async () => {
    const first = await run('teams', PARTICIPANTS_PATH, '--seed', '3', '--json')
    expect((await run('teams', PARTICIPANTS_PATH, '--seed', '3', '--json')).stdout).toBe(first.stdout)
    expect((await run('teams', PARTICIPANTS_PATH, '--seed', '4', '--json')).stdout).not.toBe(first.stdout)
  })

  it('takes other colours with --teams, without facilitators', async () => {
    const result = JSON.parse((await run('teams', PARTICIPANTS_PATH, '--teams', 'gul,lilla', '--json')).stdout)
    expect(result.teams.map((t: { colour: string, facilitator: null }) => [t.colour, t.facilitator])).toEqual([['gul', null], ['lilla', null]])
    expect(teamRuleViolations(participants, result, deck.teams.roles.lead)).toEqual([])
  })

  it('prints the teams in Danish without --json', async () => {
    const { stdout } = await run('teams', PARTICIPANTS_PATH)
    expect(stdout).toMatch(/^Aarhus Kommune Blå – 1[34] deltagere, facilitator: Camilla$/m)
    expect(stdout).toMatch(/^ {2}Direktør {2}\S.* \(.+\)$/m)
  })
})

describe('seminar tables', () => {
  it.each(['3', '4'])('follows the table rules with --size %s', async (size) => {
    const { code, stdout } = await run('tables', PARTICIPANTS_PATH, '--size', size, '--seed', '2', '--json')
    expect(code).toBe(0)
    const result = JSON.parse(stdout)
    expect(Object.keys(result)).toEqual(['seed', 'tables'])
    expect(tableRuleViolations(participants, result, Number(size))).toEqual([])
    expect((await run('tables', PARTICIPANTS_PATH, '--size', size, '--seed', '2', '--json')).stdout).toBe(stdout)
  })

  it('rejects a size below 2 as a usage error', async () => {
    const { code, stderr } = await run('tables', PARTICIPANTS_PATH, '--size', '1')
    expect(code).toBe(2)
    expect(stderr).toContain('--size expects a whole number of 2 or more')
  })
})

describe('seminar pairs', () => {
  it('follows the pair rules, crosses departments, and avoids every tie of the sample network', async () => {
    const { code, stdout } = await run('pairs', PARTICIPANTS_PATH, '--members', network('members'), '--relations', network('relations'), '--json')
    expect(code).toBe(0)
    const result = JSON.parse(stdout)
    expect(Object.keys(result)).toEqual(['seed', 'circles', 'visits', 'followUp'])
    expect(pairRuleViolations(participants, result, deck.visits.months[0])).toEqual([])
    expect(sameDepartmentVisits(participants, result)).toBe(0)
    const ids = new Map(readFileSync(network('members'), 'utf8').trim().split('\n').slice(1).map(line => line.split(',') as [string, string]))
    const ties = readFileSync(network('relations'), 'utf8').trim().split('\n').slice(1)
      .map(line => line.split(',')).map(([from, to]): [string, string] => [ids.get(from!)!, ids.get(to!)!])
    expect(ties.length).toBeGreaterThan(500)
    expect(tiedCircles(result, ties)).toBe(0)
  })

  it('is byte-identical per seed, with and without relations', async () => {
    const first = await run('pairs', PARTICIPANTS_PATH, '--seed', '11', '--json')
    expect(pairRuleViolations(participants, JSON.parse(first.stdout), deck.visits.months[0])).toEqual([])
    expect((await run('pairs', PARTICIPANTS_PATH, '--seed', '11', '--json')).stdout).toBe(first.stdout)
  })

  it('prints who hosts whom and the May groups without --json', async () => {
    const { stdout } = await run('pairs', PARTICIPANTS_PATH)
    expect(stdout).toMatch(/^ {2}marts {2}.+ er vært for .+$/m)
    expect(stdout).toMatch(/^ {2}Gruppe 1: cirkel 1 og 2$/m)
  })

  it('needs --members with --relations (usage error), and two participants (input error)', async () => {
    expect((await run('pairs', PARTICIPANTS_PATH, '--relations', network('relations'))).code).toBe(2)
    const one = file('one.csv', 'name;department\nAnna;BU\n')
    const { code, stderr } = await run('pairs', one)
    expect(code).toBe(1)
    expect(stderr).toContain('expected at least two participants to pair')
  })
})

describe('participants.csv as the commands read it', () => {
  it('reads what Danish Excel saves: BOM, semicolons, CRLF, æøå, Danish headers', async () => {
    const excel = file('excel.csv', '\uFEFFNavn;Magistratsafdeling;Stilling\r\nSøren Ærø;Børn og Unge;Direktør\r\nÅse Østergård;Sundhed og Omsorg;Chef\r\nBo Bøgh;Teknik og Miljø;Chef\r\n')
    const { code, stdout } = await run('teams', excel, '--json')
    expect(code).toBe(0)
    expect(JSON.parse(stdout).teams.flatMap((t: { members: { name: string }[] }) => t.members.map(m => m.name)).sort())
      .toEqual(['Bo Bøgh', 'Søren Ærø', 'Åse Østergård'].sort())
  })

  it.each([
    ['an empty file', '', [':1: found "an empty file"']],
    ['a header without rows', 'name;department\n', [':2: found "no rows below the header"']],
    ['an unclosed quote', 'name;department\n"Anna;BU\n', [':2: found "Quoted field unterminated"']],
    ['a missing column', 'navn;stilling\nAnna;Chef\n', [':1: column "department"']],
    ['blank fields and duplicate names, all reported', 'name;department\nAnna;\nBo;SO\nBo;TM\n;BU\n', [':2: column "department"', ':4: column "name": found "\\"Bo\\" again (first on line 3)"', ':5: column "name"']],
  ])('rejects %s with exit 1, file:line, column, found and expected, and no stack trace', async (_, content, messages) => {
    const path = file('bad.csv', content)
    for (const command of ['teams', 'tables', 'pairs']) {
      const { code, stdout, stderr } = await run(command, path, '--json')
      expect(code).toBe(1)
      expect(stdout).toBe('')
      for (const message of messages)
        expect(stderr).toContain(`${path}${message}`)
      expect(stderr).not.toMatch(/\n\s+at /)
    }
  })

  it('rejects bytes that are not UTF-8', async () => {
    const path = file('latin1.csv', new Uint8Array([...new TextEncoder().encode('name;department\nS'), 0xF8, ...new TextEncoder().encode('ren;BU\n')]))
    const { code, stderr } = await run('teams', path)
    expect(code).toBe(1)
    expect(stderr).toContain(`${path}:2: found "bytes 0xF8 (Windows-1252 for ø)", expected UTF-8 text: the file looks like Windows-1252`)
  })

  it('badges: bad input or a missing --out writes nothing', async () => {
    const out = join(dir, 'badges.pdf')
    expect((await run('badges', file('empty.csv', ''), '--out', out)).code).toBe(1)
    expect((await run('badges', PARTICIPANTS_PATH)).code).toBe(2)
    expect(existsSync(out)).toBe(false)
  })

  it('badges: a bad --url, or --state without --url, is a usage error and writes nothing', async () => {
    const out = join(dir, 'badges.pdf')
    for (const [argv, problem] of [[['--url', 'ftp://10.0.0.5'], '--url expects an address'], [['--url', 'http://10.0.0.5:3030/survey?x=1'], '--url expects an address'], [['--state', dir], '--state needs --url']] as const) {
      const result = await run('badges', PARTICIPANTS_PATH, '--out', out, ...argv)
      expect(result.code, argv.join(' ')).toBe(2)
      expect(result.stderr.split('\n')[0]).toContain(problem)
    }
    expect(existsSync(out)).toBe(false)
  })

  it.each(['teams', 'tables', 'pairs', 'badges'])('%s --help prints its usage and exits 0; a bad --seed exits 2', async (command) => {
    const help = await run(command, '--help')
    expect(help.code).toBe(0)
    expect(help.stdout).toContain(`Usage: seminar ${command} <participants.csv>`)
    const bad = await run(command, PARTICIPANTS_PATH, '--seed', 'abc', ...(command === 'badges' ? ['--out', join(dir, 'x.pdf')] : []))
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('--seed expects a whole number')
  })
})

describe('the draw the room uses', () => {
  it('without --seed, teams, tables and pairs follow each board\'s draw in the live state; --seed still wins; a bad file means seed 1', async () => {
    const draw = (seed: number) => ({ seed, previous: [1], highest: seed })
    writeFileSync(join(stateDir, 'grouping.json'), JSON.stringify({ teams: draw(4), tables: draw(2), pairs: draw(3) }))
    const seedOf = async (...argv: string[]) => JSON.parse((await run(...argv, '--json')).stdout).seed as number
    expect(await seedOf('teams', PARTICIPANTS_PATH)).toBe(4)
    expect(await seedOf('tables', PARTICIPANTS_PATH)).toBe(2)
    expect(await seedOf('pairs', PARTICIPANTS_PATH)).toBe(3)
    expect(await seedOf('teams', PARTICIPANTS_PATH, '--seed', '9')).toBe(9)
    writeFileSync(join(stateDir, 'grouping.json'), '{"teams": "nonsense"}')
    expect(await seedOf('teams', PARTICIPANTS_PATH)).toBe(1)
    rmSync(join(stateDir, 'grouping.json'))
  })
})
