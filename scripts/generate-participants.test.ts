import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseParticipantsCsv } from '../lib/grouping/participants.ts'
import { DEPARTMENTS, generateParticipantsCsv, PARTICIPANTS_PATH } from './generate-participants.ts'

describe('generate-participants', () => {
  it('reproduces the committed participants.csv byte for byte', () => {
    expect(generateParticipantsCsv()).toBe(readFileSync(PARTICIPANTS_PATH, 'utf8'))
  })

  it('gives forty valid participants in all six magistratsafdelinger, each with one Direktør', () => {
    const participants = parseParticipantsCsv('participants.csv', readFileSync(PARTICIPANTS_PATH))
    expect(participants).toHaveLength(40)
    for (const department of DEPARTMENTS) {
      const members = participants.filter(p => p.department === department)
      expect(members.length).toBeGreaterThanOrEqual(5)
      expect(members.filter(p => p.position === 'Direktør')).toHaveLength(1)
    }
    expect(participants.every(p => p.email?.endsWith('@eksempel.dk'))).toBe(true)
  })

  it('varies with the seed', () => {
    expect(generateParticipantsCsv(1)).not.toBe(generateParticipantsCsv(2))
  })
})
