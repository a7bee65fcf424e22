import type { ClockMinutes } from '../time.ts'
import type { Recovery } from './catch-up.ts'
import type { RecordedStarts } from './project.ts'

/** One recorded actual start. */
export interface StartMark {
  id: string
  at: ClockMinutes
}

/**
 * The programme's synced state (key `programme`). Marks are arrays because a synced patch
 * replaces an array whole but can never delete an object key, and "undo" drops marks.
 */
export interface ProgrammeState {
  /** Actual starts recorded on the seminar day. */
  starts: StartMark[]
  /** Starts recorded while rehearsing with `?at=`, kept apart from the real day. */
  rehearsalStarts: StartMark[]
  /** Catch-up recoveries applied on the seminar day, in order. */
  recoveries: Recovery[]
  /** Recoveries applied while rehearsing. */
  rehearsalRecoveries: Recovery[]
  /** Whether the small agenda indicator shows on every slide. */
  indicator: boolean
}

export function emptyProgrammeState(): ProgrammeState {
  return { starts: [], rehearsalStarts: [], recoveries: [], rehearsalRecoveries: [], indicator: true }
}

export function startsFromMarks(marks: readonly StartMark[]): RecordedStarts {
  return Object.fromEntries(marks.map(mark => [mark.id, mark.at]))
}

export function marksFromStarts(starts: RecordedStarts): StartMark[] {
  return Object.entries(starts).map(([id, at]) => ({ id, at }))
}
