import type { Participant } from './participants.ts'
import { createRandom } from './random.ts'
import { compareDanish, spreadByDepartment } from './spread.ts'

export interface Table {
  number: number
  members: { name: string, department: string }[]
}

export interface TablesResult {
  seed: number
  tables: Table[]
}

/**
 * How many tables: as many as keep every table at `size` or `size + 1`. Some counts cannot
 * be split that way (5 people at tables of 3); then one more table and sizes as even as
 * possible, so the smallest table is `size - 1` or close to it rather than `size + 2`.
 */
export function tableCount(participants: number, size: number): number {
  const full = Math.floor(participants / size)
  return full > 0 && participants - full * size <= full ? full : Math.ceil(participants / size)
}

/**
 * Discussion tables "i grupper á tre" (contract §3): everyone at one table, sizes `size` or
 * `size + 1`, departments spread so each table holds as many departments as possible.
 * Members are listed by name.
 */
export function drawTables(participants: readonly Participant[], size: number, seed: number): TablesResult {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`table size must be a positive whole number, got ${size}`)
  const random = createRandom(seed)
  const groups = spreadByDepartment(participants, tableCount(participants.length, size), random)
  return {
    seed,
    tables: groups.map((members, index) => ({
      number: index + 1,
      members: members.map(({ name, department }) => ({ name, department })).sort((a, b) => compareDanish(a.name, b.name)),
    })),
  }
}
