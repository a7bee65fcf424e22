import { randomBytes, timingSafeEqual } from 'node:crypto'
import { z } from 'zod'
import type { Access, Role } from '../../../lib/live/access.ts'
import { TableNumber } from '../../../lib/live/state.ts'

/**
 * Who holds which credential on the day. The presenter's secret comes from
 * `--remote=<secret>` and lives only in the server's memory; facilitator tokens travel in
 * QR codes; each table card's QR code carries its table's token (./table-tokens.ts) and
 * each survey member's code their personal token (./survey-codes.ts); a browser that signed
 * in holds a session id in an HttpOnly cookie, so Slidev's own requests (which we cannot
 * give a header) carry it too.
 */

const Id = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/)

const TokenSchema = z.strictObject({
  id: Id,
  /** What the QR code carries. */
  token: Id,
  role: z.literal('facilitator'),
  label: z.string().max(200),
})
export type Token = z.infer<typeof TokenSchema>

const SessionSchema = z.strictObject({
  id: Id,
  /** The token the session was opened with; null for the presenter's secret, a table card or a survey code. */
  tokenId: Id.nullable(),
  /** Opened with this table's card: the session acts for this table only. */
  table: z.optional(TableNumber),
  /** Opened with this survey member's code: the session answers the survey for them only. */
  memberId: z.string().min(1).max(200).optional(),
})

export const CredentialsSchema = z.strictObject({
  tokens: z.array(TokenSchema).max(5000),
  sessions: z.array(SessionSchema).max(10_000),
})
export type CredentialsData = z.infer<typeof CredentialsSchema>

export function emptyCredentials(): CredentialsData {
  return { tokens: [], sessions: [] }
}

/** Checks the tokens printed on cards and badges, derived from keys in the state folder. */
export interface PrintedTokens {
  /** The table a table card's token is for. */
  table: (token: string) => number | undefined
  /** The survey member a personal code is for. */
  member: (token: string) => string | undefined
}

const newId = () => randomBytes(18).toString('base64url')

function sameSecret(given: string, secret: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(secret)
  return a.length === b.length && timingSafeEqual(a, b)
}

export class Credentials {
  constructor(
    /** Undefined without `--remote`: every (loopback) client is the presenter. */
    private readonly secret: string | undefined,
    private data: CredentialsData,
    /** Called after every change, with what to persist. */
    private readonly saved: (data: CredentialsData) => void,
    private readonly printed: PrintedTokens,
  ) {}

  get remote(): boolean {
    return this.secret !== undefined
  }

  roleOf(sessionId: string | undefined): Role {
    return this.accessOf(sessionId).role
  }

  accessOf(sessionId: string | undefined): Access {
    if (!this.remote)
      return { role: 'presenter' }
    const session = sessionId === undefined ? undefined : this.data.sessions.find(s => s.id === sessionId)
    if (!session)
      return { role: 'viewer' }
    if (session.table !== undefined)
      return { role: 'table', table: session.table }
    if (session.memberId !== undefined)
      return { role: 'participant' }
    if (session.tokenId === null)
      return { role: 'presenter' }
    return { role: this.data.tokens.find(t => t.id === session.tokenId)?.role ?? 'viewer' }
  }

  /**
   * The survey member a session answers for, with or without `--remote`: on loopback every
   * browser is the presenter, yet the survey still needs to know whose answers these are.
   */
  participantOf(sessionId: string | undefined): string | undefined {
    return sessionId === undefined ? undefined : this.data.sessions.find(s => s.id === sessionId)?.memberId
  }

  /**
   * A new session for the secret or a live token; undefined when neither matches. Without
   * `--remote` only a participant token opens a session (everyone is the presenter anyway).
   */
  signIn(credential: { secret: string } | { token: string }): { sessionId: string, access: Access } | undefined {
    let opened: { tokenId: string | null, table?: number, memberId?: string }
    if ('secret' in credential) {
      if (!this.remote || !sameSecret(credential.secret, this.secret!))
        return undefined
      opened = { tokenId: null }
    }
    else {
      const table = this.remote ? this.printed.table(credential.token) : undefined
      const memberId = table === undefined ? this.printed.member(credential.token) : undefined
      const token = this.remote && table === undefined && memberId === undefined ? this.data.tokens.find(t => sameSecret(credential.token, t.token)) : undefined
      if (table !== undefined)
        opened = { tokenId: null, table }
      else if (memberId !== undefined)
        opened = { tokenId: null, memberId }
      else if (token)
        opened = { tokenId: token.id }
      else
        return undefined
    }
    const sessionId = newId()
    this.update({ ...this.data, sessions: [...this.data.sessions, { id: sessionId, ...opened }].slice(-10_000) })
    return { sessionId, access: this.accessOf(sessionId) }
  }

  /** The facilitator token for a label (a table, a round), made on first use. */
  facilitatorToken(label: string): Token {
    const existing = this.data.tokens.find(t => t.label === label)
    if (existing)
      return existing
    const token: Token = { id: newId(), token: newId(), role: 'facilitator', label }
    this.update({ ...this.data, tokens: [...this.data.tokens, token] })
    return token
  }

  /** The facilitator tokens (the presenter's list); survey members' codes are listed with the survey. */
  tokens(): readonly Token[] {
    return this.data.tokens
  }

  /** Revokes a token at once: its sessions stop working with the next request. */
  revoke(tokenId: string): boolean {
    if (!this.data.tokens.some(t => t.id === tokenId))
      return false
    this.update({
      tokens: this.data.tokens.filter(t => t.id !== tokenId),
      sessions: this.data.sessions.filter(s => s.tokenId !== tokenId),
    })
    return true
  }

  private update(data: CredentialsData): void {
    this.data = data
    this.saved(data)
  }
}

/** The credentials without the sessions opened with a survey member's code. */
export function withoutParticipants(data: CredentialsData): CredentialsData {
  return { tokens: data.tokens, sessions: data.sessions.filter(s => s.memberId === undefined) }
}
