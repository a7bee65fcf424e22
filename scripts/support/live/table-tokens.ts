import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { InputError } from '../../../lib/errors.ts'

/**
 * Table cards carry a token per table, printed by `seminar tables --cards` before or
 * during the day while the dev server may be running. Rather than two processes writing
 * one credentials file, both derive the tokens from one key in the state folder: made once
 * (exclusive create, so the first to need it wins), never rewritten. Deleting the key
 * revokes every printed card.
 */
export const TABLE_KEY_FILE = 'table-cards.key'

/** The state folder the dev server uses (vite.config.ts): SEMINARKIT_STATE_DIR, else `.seminarkit/` in the project. */
export function stateDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.SEMINARKIT_STATE_DIR ?? resolve(import.meta.dirname, '../../../.seminarkit')
}

const KEY = /^[A-Za-z0-9_-]{43}$/

/**
 * A key file in the state folder, made on first use (exclusive create, so the first process
 * to need it wins) and never rewritten; a malformed one is an error naming it and `reprint`.
 */
export function readKey(dir: string, name: string, reprint: string): string {
  const file = join(dir, name)
  mkdirSync(dir, { recursive: true })
  try {
    writeFileSync(file, `${randomBytes(32).toString('base64url')}\n`, { flag: 'wx', mode: 0o600 })
  }
  catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST')
      throw error
  }
  const key = readFileSync(file, 'utf8').trim()
  if (!KEY.test(key))
    throw new InputError([{ file, expected: `43 base64url characters (delete it to make a new key, and reprint ${reprint})` }])
  return key
}

/** The state folder's table-card key, made on first use. */
export function readTableKey(dir: string): string {
  return readKey(dir, TABLE_KEY_FILE, 'the table cards')
}

/** A key for a server that keeps no state folder (tests, a static build's preview). */
export function ephemeralKey(): string {
  return randomBytes(32).toString('base64url')
}

const mac = (key: string, table: number) => createHmac('sha256', key).update(`table:${table}`).digest('base64url').slice(0, 24)

/** What table `table`'s card carries: `t<n>-<mac>`. */
export function tableToken(key: string, table: number): string {
  return `t${table}-${mac(key, table)}`
}

/** The table a token was issued for, or undefined when it is not a valid table token. */
export function tableOfToken(key: string, token: string): number | undefined {
  const match = /^t([1-9]\d{0,2})-([A-Za-z0-9_-]{24})$/.exec(token)
  if (!match)
    return undefined
  const table = Number(match[1])
  const expected = Buffer.from(mac(key, table))
  const given = Buffer.from(match[2]!)
  return timingSafeEqual(expected, given) ? table : undefined
}
