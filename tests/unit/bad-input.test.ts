import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { main } from '../../scripts/cli/main.ts'

// Every file in tests/fixtures/bad/ is either read correctly (the case says what comes out)
// or refused: exit 1, one stderr line per problem naming file and line, no stack trace and
// no output file.

const BAD = 'tests/fixtures/bad'
const bad = (name: string) => join(BAD, name)
const out = mkdtempSync(join(tmpdir(), 'seminarkit-bad-input-'))
afterAll(() => rmSync(out, { recursive: true, force: true }))

async function run(...argv: string[]) {
  const result = { stdout: '', stderr: '' }
  const code = await main(argv, {
    stdout: (text) => { result.stdout += text },
    stderr: (text) => { result.stderr += text },
  })
  return { code, ...result }
}

/** A refused file: each problem is [line, a piece of its message]. */
interface Refused { file: string, problems: [line: number | undefined, says: string][] }

function expectRefused(stderr: string, { file, problems }: Refused) {
  const lines = stderr.trimEnd().split('\n')
  expect(lines, stderr).toHaveLength(problems.length)
  problems.forEach(([line, says], index) => {
    const where = line === undefined ? `${file}: ` : `${file}:${line}: `
    expect(lines[index]!.startsWith(where), lines[index]).toBe(true)
    expect(lines[index]).toContain(says)
  })
  expect(stderr).not.toMatch(/^\s+at /m)
  // Nothing reaches the terminal raw: no ESC, NUL or bidi control.
  expect(stderr).not.toMatch(/[\p{Cc}\p{Cf}](?<!\n)/u)
}

const RESAVE = 're-save it as UTF-8'

/** participants.csv files that are refused, with the problems each must report. */
const refusedParticipants: Refused[] = [
  { file: bad('empty.csv'), problems: [[1, 'found "an empty file", expected a header row with the columns name, department']] },
  { file: bad('only-blank-lines.csv'), problems: [[1, 'an empty file']] },
  { file: bad('header-only.csv'), problems: [[2, 'found "no rows below the header"']] },
  { file: bad('windows-1252.csv'), problems: [[2, 'Windows-1252 for øÆøø'], [3, 'Windows-1252 for ø'], [4, RESAVE]] },
  { file: bad('utf-16le.csv'), problems: [[1, `found "UTF-16 text (Excel's \\"Unicode text\\")", expected UTF-8 text: ${RESAVE}`]] },
  { file: bad('utf-16be.csv'), problems: [[1, 'UTF-16']] },
  { file: bad('utf-16le-no-bom.csv'), problems: [[1, 'UTF-16']] },
  { file: bad('unclosed-quote.csv'), problems: [[3, 'expected a closing quote']] },
  { file: bad('missing-column.csv'), problems: [[1, 'column "department": found "the header name, position", expected a column "department"']] },
  { file: bad('blank-name.csv'), problems: [[3, 'column "name": found "a blank value"'], [4, 'column "department": found "a blank value"']] },
  { file: bad('duplicate-name.csv'), problems: [[4, '"Anna Holm\\" again (first on line 2)']] },
  { file: bad('duplicate-name-zero-width.csv'), problems: [[3, '"Anna Holm\\" again (first on line 2)']] },
  { file: bad('duplicate-name-nfd.csv'), problems: [[3, '"Åse Lund\\" again (first on line 2)']] },
  { file: bad('zero-width-only-name.csv'), problems: [[3, 'found "only invisible characters (U+200B)", expected a name']] },
  { file: bad('excel-workbook.csv'), problems: [[1, 'found "an Excel workbook (.xlsx) or another zip file", expected a CSV file']] },
  { file: bad('nul-bytes.csv'), problems: [[3, 'found "a NUL byte"']] },
  // CR-only line endings (old Excel for Mac): the blank name is on line 3, not line 1.
  { file: bad('cr-only.csv'), problems: [[3, 'column "name": found "a blank value"']] },
  { file: bad('duplicate-header.csv'), problems: [[1, 'column "name": found "\\"name\\" twice", expected each column once']] },
  { file: bad('wrong-delimiter-tab.csv'), problems: [[1, 'not by tabs'], [1, 'not by tabs']] },
  { file: bad('wrong-delimiter-pipe.csv'), problems: [[1, 'not by "|"'], [1, 'not by "|"']] },
  { file: bad('values-without-header.csv'), problems: [[2, 'values without a column header (Ekstra)']] },
  { file: bad('wide-header-missing-column.csv'), problems: [[1, 'found "the header name, c2, c3, c4, c5, c6, c7, c8, … (10000 columns)"']] },
  { file: bad('several-problems.csv'), problems: [[3, 'column "name"'], [4, 'column "department"'], [5, 'again']] },
  { file: bad('a-folder.csv'), problems: [[undefined, 'found "a folder", expected a CSV file']] },
  { file: bad('does-not-exist.csv'), problems: [[undefined, 'found "no such file"']] },
]

/** participants.csv files that are read correctly: the names `teams` gets, in file order. */
const readParticipants: { file: string, names: string[], departments?: string[] }[] = [
  // The override is removed, so the name prints forwards.
  { file: bad('bidi-override-name.csv'), names: ['Anna Holm', 'Bo Berg'] },
  // ESC is removed; what is left of the escape sequence is visible, harmless text.
  { file: bad('ansi-escape-name.csv'), names: ['[31mAnna Holm[0m', 'Bo Berg'] },
  // A name is a name: formula escaping belongs to CSV writing (lib/csv/write-csv.ts).
  { file: bad('formula-names.csv'), names: ['=HYPERLINK("http://example.invalid","klik")', '+45 Hansen', '-Bo Berg', '@Carl Dahl'] },
  // HTML is text here; every renderer escapes it.
  { file: bad('html-names.csv'), names: ['<script>alert(1)</script>', '<b>Bo</b> &amp; Berg'], departments: ['Børn og Unge', '<i>Teknik</i> og Miljø'] },
  { file: bad('wide-header.csv'), names: ['Anna Holm', 'Bo Berg'] },
  { file: bad('trailing-delimiter.csv'), names: ['Anna Holm', 'Bo Berg'], departments: ['Børn og Unge', 'Teknik og Miljø'] },
  { file: bad('bom-crlf-quoted-newline.csv'), names: ['Hansen; Bo', 'Lise Lotte'], departments: ['Kultur "og" Borgerservice', 'Børn og Unge'] },
]

describe('participants files that are refused', () => {
  it.each(refusedParticipants.map(c => [c.file, c] as const))('%s', async (_, refused) => {
    // One file (badges) and one folder of files (handouts): neither is begun.
    for (const [command, target] of [['badges', join(out, 'badges.pdf')], ['handouts', join(out, 'handouts')]] as const) {
      const { code, stdout, stderr } = await run(command, refused.file, '--out', target)
      expect(code, command).toBe(1)
      expect(stdout).toBe('')
      expectRefused(stderr, refused)
      expect(readdirSync(out)).toEqual([])
    }
  })
})

describe('participants files that are read correctly', () => {
  it.each(readParticipants.map(c => [c.file, c] as const))('%s', async (_, expected) => {
    const { code, stdout, stderr } = await run('tables', expected.file, '--size', '100', '--json')
    expect([code, stderr]).toEqual([0, ''])
    const members = (JSON.parse(stdout) as { tables: { members: { name: string, department: string }[] }[] }).tables.flatMap(table => table.members)
    expect(members.map(m => m.name).sort()).toEqual([...expected.names].sort())
    if (expected.departments)
      expect(expected.names.map(name => members.find(m => m.name === name)!.department)).toEqual(expected.departments)
  })
})

describe('network survey files that are refused', () => {
  const members = bad('network-members.csv')
  const relations = bad('network-relations.csv')
  const cases: { argv: string[], refused: Refused }[] = [
    { argv: [bad('members-duplicate-id.csv'), relations], refused: { file: bad('members-duplicate-id.csv'), problems: [[6, 'column "id": found "\\"m2\\" again (first on line 3)"']] } },
    { argv: [bad('members-unknown-responded.csv'), relations], refused: { file: bad('members-unknown-responded.csv'), problems: [[2, 'found "måske", expected ja/nej']] } },
    { argv: [members, bad('relations-unknown-id.csv')], refused: { file: bad('relations-unknown-id.csv'), problems: [[2, 'column "to": found "m9"']] } },
    { argv: [members, bad('relations-self-tie.csv')], refused: { file: bad('relations-self-tie.csv'), problems: [[2, 'a tie to oneself']] } },
    { argv: [members, bad('relations-non-respondent.csv')], refused: { file: bad('relations-non-respondent.csv'), problems: [[2, 'who did not answer the survey']] } },
    { argv: [members, bad('relations-strength-out-of-range.csv')], refused: { file: bad('relations-strength-out-of-range.csv'), problems: [[2, 'column "strength": found "7", expected a whole number from 1 to 5']] } },
    { argv: [members, relations, '--external', bad('external-out-of-range.csv')], refused: { file: bad('external-out-of-range.csv'), problems: [[2, 'column "Andre kommuner": found "6"']] } },
  ]
  it.each(cases.map(c => [c.refused.file, c] as const))('%s', async (_, { argv, refused }) => {
    const { code, stdout, stderr } = await run('network', ...argv, '--json')
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expectRefused(stderr, refused)
  })

  it('the survey files they are checked against are themselves valid', async () => {
    const { code, stderr } = await run('network', members, relations, '--json')
    expect([code, stderr]).toEqual([0, ''])
  })
})

describe('inputs that are not CSV files', () => {
  it('refuses a file over 20 MB without reading it', async () => {
    const huge = join(out, '..', `seminarkit-huge-${process.pid}.csv`)
    writeFileSync(huge, 'name;department\n')
    truncateSync(huge, 21 * 1024 * 1024) // sparse: no disk used
    try {
      const { code, stderr } = await run('teams', huge)
      expect(code).toBe(1)
      expectRefused(stderr, { file: huge, problems: [[undefined, 'found "a file of 21.0 MB", expected a CSV file of at most 20.0 MB']] })
    }
    finally {
      rmSync(huge, { force: true })
    }
  })

  it('refuses /dev/zero without reading it', async () => {
    const { code, stderr } = await run('teams', '/dev/zero')
    expect(code).toBe(1)
    expectRefused(stderr, { file: '/dev/zero', problems: [[undefined, 'found "a device", expected a CSV file']] })
  })
})

/** Runs the real CLI in a child Node with a capped heap: it fails if reading is not bounded. */
function seminarWithHeap(megabytes: number, ...argv: string[]): Promise<{ code: number | null, stdout: string, stderr: string, ms: number }> {
  return new Promise((done, fail) => {
    const started = performance.now()
    const child = spawn(process.execPath, [`--max-old-space-size=${megabytes}`, 'scripts/seminar.mjs', ...argv], { stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString() })
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString() })
    child.on('error', fail)
    child.on('close', code => done({ code, stdout, stderr, ms: performance.now() - started }))
  })
}

describe('100,000 rows', () => {
  const DEPARTMENTS = ['Børn og Unge', 'Sundhed og Omsorg', 'Teknik og Miljø', 'Kultur og Borgerservice']
  const big = join(out, '..', `seminarkit-100k-${process.pid}.csv`)
  writeFileSync(big, `name;department\n${Array.from({ length: 100_000 }, (_, i) => `Deltager ${i + 1};${DEPARTMENTS[i % 4]}`).join('\n')}\n`)
  afterAll(() => rmSync(big, { force: true }))

  it('are drawn into teams in seconds within a 256 MB heap', async () => {
    const { code, stdout, stderr, ms } = await seminarWithHeap(256, 'teams', big, '--json')
    expect([code, stderr]).toEqual([0, ''])
    const teams = (JSON.parse(stdout) as { teams: { members: unknown[] }[] }).teams
    expect(teams.reduce((sum, team) => sum + team.members.length, 0)).toBe(100_000)
    // About 5 s on an idle 2-core laptop (most of it starting tsx); 30 s allows for a busy one.
    expect(ms).toBeLessThan(30_000)
  }, 60_000)

  it('are refused for badges up front, in one line, instead of a print timeout', async () => {
    const target = join(out, 'badges.pdf')
    const { code, stderr } = await run('badges', big, '--out', target)
    expect(code).toBe(1)
    expectRefused(stderr, { file: big, problems: [[undefined, 'found "100000 participants (25000 pages)", expected at most 500 pages in one run (2000 badges)']] })
    expect(readdirSync(out)).toEqual([])
  })
})
