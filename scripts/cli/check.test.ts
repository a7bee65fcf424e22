import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { deckDir } from '../support/deck-entry.ts'
import { defaultDeckSlug, deckSlugs } from '../support/deck.ts'
import { main } from './main.ts'

async function run(argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await main(argv, { stdout: text => out.push(text), stderr: text => err.push(text) })
  return { code, stdout: out.join('\n'), stderr: err.join('\n') }
}

describe('seminar check', () => {
  it('passes the repository\'s own data', async () => {
    const { code, stdout, stderr } = await run(['check'])
    expect(stderr).toBe('')
    expect(code).toBe(0)
    for (const slug of deckSlugs())
      expect(stdout).toMatch(new RegExp(`^${slug}: \\d+ data modules, \\d+ CSV files: ok$`, 'm'))
    expect(stdout).toMatch(new RegExp(`^${defaultDeckSlug()}: \\d+ data modules, 4 CSV files: ok$`, 'm'))
  })

  it('lists every problem with file, line, field, what was found and what was expected', async () => {
    const { code, stderr } = await run(['check', '--data', 'tests/fixtures/bad-data'])
    expect(code).toBe(1)
    const lines = stderr.trim().split('\n')
    expect(lines).toContain('tests/fixtures/bad-data/broken-deck/programme.ts:9: column "items[1].start": found "25.00", expected a time of day such as "09.00"')
    expect(lines.some(line => line.startsWith('tests/fixtures/bad-data/broken-deck/programme.ts:10: column "items[2].end": found "11.30"'))).toBe(true)
    expect(lines.some(line => line.startsWith('tests/fixtures/bad-data/broken-deck/participants.csv:3: column "department"'))).toBe(true)
    expect(lines.some(line => line.startsWith('tests/fixtures/bad-data/broken-deck/participants.csv:4: column "name"'))).toBe(true)
    expect(lines).toContain('tests/fixtures/bad-data/broken-deck/index.ts: expected a deck module: export const deck = defineDeck(DeckSchema, { … }) (see docs/authoring.md)')
    expect(stderr).not.toMatch(/\n\s+at /)
  })

  it('checks the deck object too: a round with an unknown format, with its line', async () => {
    const { stderr } = await run(['check', '--data', 'tests/fixtures/bad-data', '--deck', 'unknown-format'])
    expect(stderr).toMatch(/^tests\/fixtures\/bad-data\/unknown-format\/index\.ts:13: column "rounds\[0\]\.format": found "fishbowl", expected a known format \(threes, /m)
  })

  it('asks for the relations when a deck has only the members of a network survey', async () => {
    const data = mkdtempSync(join(tmpdir(), 'seminar-check-'))
    try {
      mkdirSync(join(data, 'deck', 'network'), { recursive: true })
      copyFileSync(join(deckDir(defaultDeckSlug()), 'network', 'members.csv'), join(data, 'deck', 'network', 'members.csv'))
      const { code, stderr } = await run(['check', '--data', data])
      expect(code).toBe(1)
      expect(stderr).toMatch(/relations\.csv: found "no such file", expected a readable CSV file/)
    }
    finally {
      rmSync(data, { recursive: true, force: true })
    }
  })

  it('prints one JSON document with --json', async () => {
    const { code, stdout } = await run(['check', '--json'])
    expect(code).toBe(0)
    const report = JSON.parse(stdout) as { decks: { deck: string, problems: unknown[] }[] }
    expect(report.decks.map(deck => [deck.deck, deck.problems.length])).toEqual(deckSlugs().map(slug => [slug, 0]))
  })

  it('answers a missing data folder with exit 1 and a usage mistake with exit 2', async () => {
    expect((await run(['check', '--data', 'no/such/folder'])).code).toBe(1)
    const usage = await run(['check', '--colour'])
    expect(usage.code).toBe(2)
    expect(usage.stderr).toMatch(/Usage: seminar check/)
  })
})
