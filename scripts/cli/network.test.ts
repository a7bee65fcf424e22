import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { networkPaths } from '../generate-network.ts'
import { defaultDeckSlug } from '../support/deck.ts'
import { main } from './main.ts'

async function run(...argv: string[]) {
  const out = { stdout: '', stderr: '' }
  const code = await main(['network', ...argv], {
    stdout: (text) => { out.stdout += text },
    stderr: (text) => { out.stderr += text },
  })
  return { code, ...out }
}

const paths = await networkPaths(defaultDeckSlug())
const sample = (name: keyof typeof paths) => paths[name]
const dir = mkdtempSync(join(tmpdir(), 'seminar-network-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
function file(name: string, text: string): string {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}

describe('seminar network', () => {
  it('prints exactly the contract\'s JSON document', async () => {
    const { code, stdout, stderr } = await run(sample('members'), sample('relations'), '--external', sample('external'), '--json')
    expect(code).toBe(0)
    expect(stderr).toBe('')
    const json = JSON.parse(stdout)
    expect(Object.keys(json)).toEqual(['members', 'respondents', 'ties', 'possibleTies', 'density', 'reciprocity', 'core', 'periphery', 'coreFit', 'articulationPoints', 'components', 'external'])
    expect(Object.keys(json.external)).toEqual(['partners', 'core', 'periphery'])
    expect(json).toMatchObject({ members: 40, respondents: 37, ties: 611, possibleTies: 1443, density: 0.4234, articulationPoints: [], components: 1 })
    expect(json.core.length + json.periphery.length).toBe(40)
  })

  it('gives external null without --external, and the same output every run', async () => {
    const first = await run(sample('members'), sample('relations'), '--json')
    expect(JSON.parse(first.stdout).external).toBeNull()
    expect((await run(sample('members'), sample('relations'), '--json')).stdout).toBe(first.stdout)
  })

  it('prints a Danish report without --json', async () => {
    const { code, stdout } = await run(sample('members'), sample('relations'), '--external', sample('external'))
    expect(code).toBe(0)
    expect(stdout).toContain('Relationer: 611 ud af et teoretisk max. på 1.443 (42,3 % densitet)')
    expect(stdout).toMatch(/Andre kommuner\s+2,86\s+2,13/)
  })

  it('exits 1 with every problem, file:line and column, and no stack trace', async () => {
    const members = file('members.csv', 'id,name,department,responded\na,Anne,X,ja\nb,Bo,Y,nej\na,Carl,X,måske\n')
    const { code, stdout, stderr } = await run(members, sample('relations'))
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toContain(`${members}:4: column "id": found "\\"a\\" again (first on line 2)", expected a unique id`)
    expect(stderr).toContain(`${members}:4: column "responded": found "måske", expected ja/nej, yes/no, true/false or 1/0`)
    expect(stderr).not.toMatch(/\n\s+at /)
  })

  it('exits 1 on ties from a non-respondent and on a missing file', async () => {
    const members = file('m2.csv', 'id,name,department,responded\na,Anne,X,ja\nb,Bo,Y,nej\n')
    const relations = file('r2.csv', 'from,to\nb,a\n')
    const bad = await run(members, relations)
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain(`${relations}:2: column "from": found "b, who did not answer the survey (responded = no)"`)
    const missing = await run(join(dir, 'nope.csv'), relations)
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('nope.csv: found "no such file", expected a readable CSV file')
  })

  it('exits 2 on a usage error and 0 on --help', async () => {
    expect((await run(sample('members'))).code).toBe(2)
    expect((await run(sample('members'), sample('relations'), '--colour')).code).toBe(2)
    const help = await run('--help')
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Usage: seminar network <members.csv> <relations.csv>')
  })
})
