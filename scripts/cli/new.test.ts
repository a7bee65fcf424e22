import { existsSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { REPO_ROOT } from '../support/deck-entry.ts'
import { loadDeck } from '../support/deck.ts'
import { main } from './main.ts'

async function run(...argv: string[]) {
  const out = { stdout: '', stderr: '' }
  const code = await main(argv, { stdout: (text) => { out.stdout += text }, stderr: (text) => { out.stderr += text } })
  return { code, ...out }
}

// Scaffolds into the repository (decks live there) under slugs no one uses, and removes them after.
const slugs = [`zz-new-da-${process.pid}`, `zz-new-en-${process.pid}`]
const remove = () => slugs.forEach((slug) => {
  rmSync(join(REPO_ROOT, 'data', slug), { recursive: true, force: true })
  rmSync(join(REPO_ROOT, 'slides', `${slug}.md`), { force: true })
})
afterAll(remove)

describe('seminar new', () => {
  it('creates a deck in each language that seminar check accepts', async () => {
    const [da, en] = slugs as [string, string]
    expect((await run('new', da, '--title', 'Forårsseminar', '--date', '2026-03-12')).code).toBe(0)
    const created = await run('new', en, '--title', 'Spring Day', '--date', '2026-03-12', '--lang', 'en')
    expect(created.code).toBe(0)
    expect(created.stdout).toContain(`created slides/${en}.md`)
    expect(created.stdout).toContain(`created data/${en}/participants.csv`)
    for (const slug of slugs) {
      for (const file of ['index.ts', 'schema.ts', 'content.ts', 'sample.ts', 'participants.csv', 'network/members.csv', 'network/relations.csv', 'network/external.csv'])
        expect(existsSync(join(REPO_ROOT, 'data', slug, file)), `${slug}/${file}`).toBe(true)
      expect(readFileSync(join(REPO_ROOT, 'slides', `${slug}.md`), 'utf8')).toMatch(new RegExp(`^deck: ${slug}$`, 'm'))
    }
    const check = await run('check', '--json')
    const report = JSON.parse(check.stdout) as { decks: { deck: string, problems: unknown[] }[] }
    expect(report.decks.filter(deck => slugs.includes(deck.deck)).map(deck => deck.problems)).toEqual([[], []])
    const deck = await loadDeck(en)
    expect([deck.language, deck.seminar.title, deck.seminar.date]).toEqual(['en', 'Spring Day', '2026-03-12'])
    expect(deck.rounds.map(round => round.format.id)).toEqual(['threes', '1-2-4-all', 'troika'])
    expect(deck.visits).toEqual({ months: ['April', 'May'], followUp: 'June' })
    expect((await loadDeck(da)).visits).toEqual({ months: ['april', 'maj'], followUp: 'juni' })
  })

  it('refuses an existing slug or a bad date in one line with exit 1, and writes nothing', async () => {
    const taken = await run('new', slugs[0]!, '--title', 'Igen', '--date', '2026-03-12')
    expect(taken.code).toBe(1)
    expect(taken.stderr.trim().split('\n')).toHaveLength(1)
    expect(taken.stderr).toContain('is taken')
    const badDate = await run('new', 'zz-never-made', '--title', 'X', '--date', '2026-02-30')
    expect([badDate.code, badDate.stderr.trim()]).toEqual([1, '--date: found "2026-02-30", expected a calendar date as YYYY-MM-DD'])
    expect(existsSync(join(REPO_ROOT, 'data', 'zz-never-made'))).toBe(false)
  })

  it('answers a usage mistake with exit 2', async () => {
    expect((await run('new', 'x-y', '--date', '2026-03-12')).code).toBe(2)
    expect((await run('new', 'x-y', '--title', 'X')).code).toBe(2)
    expect((await run('new', 'Bad Slug', '--title', 'X', '--date', '2026-03-12')).code).toBe(2)
    expect((await run('new', 'x-y', '--title', 'X', '--date', '2026-03-12', '--lang', 'de')).code).toBe(2)
  })
})
