/**
 * A countdown as a pure state machine over wall-clock times, after Ontime: the state
 * holds absolute instants (milliseconds on the server's clock), never a ticking
 * counter, so any client that knows the time can work out the remaining time, and a
 * tab that was asleep is right the moment it wakes.
 */

/** What is stored and synced. `finished` is never stored: it follows from the clock. */
export type StoredStatus = 'idle' | 'running' | 'paused'
/** What a display shows. Overtime is `finished` with a negative remaining time. */
export type TimerStatus = StoredStatus | 'finished'

export interface TimerState {
  status: StoredStatus
  /** The planned duration. */
  durationMs: number
  /** Time added on top of the plan ("+1 min."); cleared by reset. */
  addedMs: number
  /** When the timer was first started; null while idle. */
  startedAt: number | null
  /** When the current pause began; null unless paused. */
  pausedAt: number | null
  /** Total length of the pauses that have ended. */
  pausedMs: number
}

export type TimerAction =
  | { type: 'start' }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'reset' }
  | { type: 'addMinute' }
  | { type: 'setDuration', durationMs: number }

export const MINUTE_MS = 60_000

export function idleTimer(durationMs: number): TimerState {
  assertDuration(durationMs)
  return { status: 'idle', durationMs, addedMs: 0, startedAt: null, pausedAt: null, pausedMs: 0 }
}

function assertDuration(durationMs: number): void {
  if (!Number.isFinite(durationMs) || durationMs <= 0)
    throw new RangeError(`A timer's duration must be a positive number of milliseconds; got ${durationMs}`)
}

/** The planned duration plus what was added. */
export function totalMs(state: TimerState): number {
  return state.durationMs + state.addedMs
}

/** Running time so far, pauses excluded. */
export function elapsedMs(state: TimerState, now: number): number {
  if (state.startedAt === null)
    return 0
  const until = state.status === 'paused' && state.pausedAt !== null ? state.pausedAt : now
  return Math.max(0, until - state.startedAt - state.pausedMs)
}

/** Milliseconds left; negative in overtime. */
export function remainingMs(state: TimerState, now: number): number {
  return totalMs(state) - elapsedMs(state, now)
}

export function timerStatus(state: TimerState, now: number): TimerStatus {
  if (state.status === 'running' && remainingMs(state, now) <= 0)
    return 'finished'
  return state.status
}

/** Pure transition: the same state, action and instant always give the same result. */
export function transition(state: TimerState, action: TimerAction, now: number): TimerState {
  switch (action.type) {
    case 'start':
      if (state.status === 'idle')
        return { ...state, status: 'running', startedAt: now, pausedAt: null, pausedMs: 0 }
      return state.status === 'paused' ? transition(state, { type: 'resume' }, now) : state
    case 'pause':
      return state.status === 'running' ? { ...state, status: 'paused', pausedAt: now } : state
    case 'resume':
      if (state.status !== 'paused' || state.pausedAt === null)
        return state
      return { ...state, status: 'running', pausedMs: state.pausedMs + Math.max(0, now - state.pausedAt), pausedAt: null }
    case 'reset':
      return idleTimer(state.durationMs)
    case 'addMinute':
      return { ...state, addedMs: state.addedMs + MINUTE_MS }
    case 'setDuration':
      assertDuration(action.durationMs)
      return { ...state, durationMs: action.durationMs }
  }
}

/** Colour of the display: amber from 20 % left, red from 5 % left and in overtime. */
export type TimerPhase = 'normal' | 'warning' | 'critical' | 'overtime'

export const WARNING_SHARE = 0.2
export const CRITICAL_SHARE = 0.05

export function phaseOf(state: TimerState, now: number): TimerPhase {
  const remaining = remainingMs(state, now)
  if (remaining <= 0 && state.status !== 'idle')
    return 'overtime'
  const share = remaining / totalMs(state)
  if (share <= CRITICAL_SHARE)
    return 'critical'
  if (share <= WARNING_SHARE)
    return 'warning'
  return 'normal'
}

/** Share of the total time still left, clamped to 0–1 (for a progress ring). */
export function remainingShare(state: TimerState, now: number): number {
  return Math.min(1, Math.max(0, remainingMs(state, now) / totalMs(state)))
}
