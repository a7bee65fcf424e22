import { createHmac, timingSafeEqual } from 'node:crypto'
import { readKey } from './table-tokens.ts'

/**
 * Each survey member's personal code, as `/survey-codes` shows it and `seminar badges`
 * prints it on the badge's back. Like the table cards' tokens (./table-tokens.ts) the codes
 * are derived from one key in the state folder, so the CLI (before the day) and a running
 * server agree without both writing one file. `seminar survey delete` deletes the key:
 * every printed code stops working, and the next print or server start makes new ones.
 */
export const SURVEY_KEY_FILE = 'survey-codes.key'

export function readSurveyKey(dir: string): string {
  return readKey(dir, SURVEY_KEY_FILE, 'the badges and survey codes')
}

export interface ParticipantCode {
  memberId: string
  /** What the QR code carries: `p-` and 32 base64url characters (192 bits). */
  token: string
}

export function participantToken(key: string, memberId: string): string {
  return `p-${createHmac('sha256', key).update(`participant:${memberId}`).digest('base64url').slice(0, 32)}`
}

/** The member a token stands for, comparing in constant time; undefined for any other string. */
export function memberOfToken(codes: readonly ParticipantCode[], token: string): string | undefined {
  const given = Buffer.from(token)
  let found: string | undefined
  for (const code of codes) {
    const expected = Buffer.from(code.token)
    if (expected.length === given.length && timingSafeEqual(expected, given))
      found = code.memberId
  }
  return found
}
