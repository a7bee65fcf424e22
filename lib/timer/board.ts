import { idleTimer, transition, type TimerAction, type TimerState } from './machine.ts'

/**
 * Every timer of a deck, as synced between presenter, projector and phones. Kept flat
 * so a change to one timer travels as a small patch and two tables starting their
 * timers at the same moment do not overwrite each other.
 */
export interface TimerBoard {
  timers: Record<string, TimerState>
  /** The timer started most recently: what `/timer` shows. */
  lastStartedId: string | null
}

export function emptyBoard(): TimerBoard {
  return { timers: {}, lastStartedId: null }
}

/** A timer nobody has touched yet is idle with its planned duration. */
export function timerOf(board: TimerBoard, id: string, plannedMs: number): TimerState {
  return board.timers[id] ?? idleTimer(plannedMs)
}

/** The part of the board an action changes, ready to be merged into the synced state. */
export function boardPatch(board: TimerBoard, id: string, action: TimerAction, now: number, plannedMs: number): Partial<TimerBoard> {
  const before = timerOf(board, id, plannedMs)
  const after = transition(before, action, now)
  const patch: Partial<TimerBoard> = { timers: { [id]: after } }
  if (action.type === 'start' && before.status === 'idle')
    patch.lastStartedId = id
  return patch
}
