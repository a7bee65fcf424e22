import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseParticipantsCsv } from '../lib/grouping/participants.ts'
import { generateParticipantsCsv, loadSample, participantsPath } from './generate-participants.ts'
import { deckSlugs } from './support/deck.ts'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { deckDir } from './support/deck-entry.ts'

// Every deck with a sample profile keeps its generated participants committed.
const decks = deckSlugs().filter(slug => existsSync(join(deckDir(slug), 'sample.ts')))

describe.each(decks)('generate-participants for %s', (slug) => {
  it('reproduces the committed participants file byte for byte', async () => {
    expect(generateParticipantsCsv(await loadSample(slug))).toBe(readFileSync(await participantsPath(slug), 'utf8'))
  })

  it('gives valid participants in every department of the profile, each department with one lead', async () => {
    const sample = await loadSample(slug)
    const participants = parseParticipantsCsv('participants.csv', readFileSync(await participantsPath(slug)))
    expect(participants).toHaveLength(sample.departments.reduce((sum, department) => sum + department.size, 0))
    for (const department of sample.departments) {
      const members = participants.filter(p => p.department === department.name)
      expect(members).toHaveLength(department.size)
      expect(members.filter(p => p.position === sample.leadTitle)).toHaveLength(1)
    }
    expect(participants.every(p => p.email?.endsWith(`@${sample.emailDomain}`))).toBe(true)
  })

  it('varies with the seed', async () => {
    const sample = await loadSample(slug)
    expect(generateParticipantsCsv(sample, 1)).not.toBe(generateParticipantsCsv(sample, 2))
  })
})
