import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { GroupingStateSchema, type GroupingBoard, type GroupingState } from '../../../lib/live/state.ts'

/** Where the dev server keeps the day's live state (vite.config.ts): SEMINARKIT_STATE_DIR, else `.seminarkit/`. */
export function liveStateDir(): string {
  return process.env.SEMINARKIT_STATE_DIR ?? resolve(import.meta.dirname, '../../../.seminarkit')
}

/**
 * The draws the room uses: what the presenter drew (and kept) on the boards during the
 * day, read from the live state without changing it. Undefined when no draw was saved or
 * the file is not a valid state: then paper and screen both use seed 1.
 */
export function drawsInUse(dir = liveStateDir()): GroupingState | undefined {
  try {
    const parsed = GroupingStateSchema.safeParse(JSON.parse(readFileSync(join(dir, 'grouping.json'), 'utf8')))
    return parsed.success ? parsed.data : undefined
  }
  catch {
    return undefined
  }
}

/** The seed of one board's draw in use; 1 (the CLI's default) when there is none. */
export function seedInUse(board: GroupingBoard, dir = liveStateDir()): number {
  return drawsInUse(dir)?.[board].seed ?? 1
}
