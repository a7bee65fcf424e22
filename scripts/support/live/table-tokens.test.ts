import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { readTableKey, TABLE_KEY_FILE, tableOfToken, tableToken } from './table-tokens.ts'

const dirs: string[] = []
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'seminarkit-table-key-'))
  dirs.push(dir)
  return dir
}
afterEach(() => dirs.splice(0).forEach(dir => rmSync(dir, { recursive: true, force: true })))

describe('table tokens', () => {
  it('are made from one key that the CLI and the server read alike', () => {
    const dir = tempDir()
    const first = readTableKey(dir)
    expect(readTableKey(dir)).toBe(first)
    expect(tableOfToken(first, tableToken(first, 3))).toBe(3)
    expect(tableToken(first, 3)).toMatch(/^t3-/)
  })

  it('refuse another key\'s token, a changed table number and garbage', () => {
    const key = readTableKey(tempDir())
    const other = readTableKey(tempDir())
    expect(tableOfToken(key, tableToken(other, 3))).toBeUndefined()
    expect(tableOfToken(key, tableToken(key, 3).replace(/^t3-/, 't4-'))).toBeUndefined()
    expect(tableOfToken(key, 'facilitator-token')).toBeUndefined()
  })

  it('name the key file when it is malformed', () => {
    const dir = tempDir()
    writeFileSync(join(dir, TABLE_KEY_FILE), 'short')
    expect(() => readTableKey(dir)).toThrow(`${join(dir, TABLE_KEY_FILE)}: expected 43 base64url characters (delete it to make a new key, and reprint the table cards)`)
  })
})
