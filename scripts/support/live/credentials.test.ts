import { describe, expect, it } from 'vitest'
import { Credentials, emptyCredentials } from './credentials.ts'
import { memberOfToken, participantToken } from './survey-codes.ts'
import { ephemeralKey, tableOfToken, tableToken } from './table-tokens.ts'

const key = ephemeralKey()
const surveyKey = ephemeralKey()
const codes = ['m1', 'm2'].map(memberId => ({ memberId, token: participantToken(surveyKey, memberId) }))
const printed = { table: (token: string) => tableOfToken(key, token), member: (token: string) => memberOfToken(codes, token) }
const remote = () => new Credentials('secret-123', emptyCredentials(), () => {}, printed)

describe('Credentials: table cards', () => {
  it('opens a table session with a table card\'s token, acting for that table only', () => {
    const credentials = remote()
    const session = credentials.signIn({ token: tableToken(key, 7) })
    expect(session?.access).toEqual({ role: 'table', table: 7 })
    expect(credentials.accessOf(session!.sessionId)).toEqual({ role: 'table', table: 7 })
  })

  it('refuses another key\'s card, and keeps the secret and facilitator tokens working', () => {
    const credentials = remote()
    expect(credentials.signIn({ token: tableToken(ephemeralKey(), 7) })).toBeUndefined()
    expect(credentials.signIn({ secret: 'secret-123' })?.access).toEqual({ role: 'presenter' })
    const facilitator = credentials.facilitatorToken('facilitators')
    expect(credentials.signIn({ token: facilitator.token })?.access).toEqual({ role: 'facilitator' })
  })
})

describe('Credentials: survey codes', () => {
  it('opens a participant session for that member only, with or without --remote', () => {
    for (const credentials of [remote(), new Credentials(undefined, emptyCredentials(), () => {}, printed)]) {
      const session = credentials.signIn({ token: participantToken(surveyKey, 'm2') })!
      expect(credentials.participantOf(session.sessionId)).toBe('m2')
      expect(credentials.accessOf(session.sessionId)).toEqual(credentials.remote ? { role: 'participant' } : { role: 'presenter' })
    }
  })

  it('refuses another key\'s code and a code for someone outside the survey', () => {
    const credentials = remote()
    expect(credentials.signIn({ token: participantToken(ephemeralKey(), 'm2') })).toBeUndefined()
    expect(credentials.signIn({ token: participantToken(surveyKey, 'm3') })).toBeUndefined()
  })
})
