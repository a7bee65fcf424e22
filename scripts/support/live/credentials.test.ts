import { describe, expect, it } from 'vitest'
import { Credentials, emptyCredentials } from './credentials.ts'
import { ephemeralTableKey, tableToken } from './table-tokens.ts'

const key = ephemeralTableKey()
const remote = () => new Credentials('secret-123', emptyCredentials(), () => {}, () => key)

describe('Credentials: table cards', () => {
  it('opens a table session with a table card\'s token, acting for that table only', () => {
    const credentials = remote()
    const session = credentials.signIn({ token: tableToken(key, 7) })
    expect(session?.access).toEqual({ role: 'table', table: 7 })
    expect(credentials.accessOf(session!.sessionId)).toEqual({ role: 'table', table: 7 })
  })

  it('refuses another key\'s card, and keeps the secret and facilitator tokens working', () => {
    const credentials = remote()
    expect(credentials.signIn({ token: tableToken(ephemeralTableKey(), 7) })).toBeUndefined()
    expect(credentials.signIn({ secret: 'secret-123' })?.access).toEqual({ role: 'presenter' })
    const facilitator = credentials.facilitatorToken('facilitators')
    expect(credentials.signIn({ token: facilitator.token })?.access).toEqual({ role: 'facilitator' })
  })
})
