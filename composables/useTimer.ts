import { computed, onScopeDispose, ref, toValue, watch, type ComputedRef, type MaybeRefOrGetter } from 'vue'
import { boardPatch, timerOf } from '../lib/timer/board.ts'
import { formatRemaining } from '../lib/timer/format.ts'
import { phaseOf, remainingMs, remainingShare, timerStatus, type TimerAction, type TimerPhase, type TimerState, type TimerStatus } from '../lib/timer/machine.ts'
import { useServerClock } from './useServerClock.ts'
import { useTimerBoard } from './useTimerBoard.ts'

/** How often a running timer recomputes its remaining time (contract §4: at least 4 times a second). */
export const TICK_MS = 100

export interface Timer {
  state: ComputedRef<TimerState>
  status: ComputedRef<TimerStatus>
  /** Whole milliseconds left on the server's clock; negative in overtime. */
  remainingMs: ComputedRef<number>
  phase: ComputedRef<TimerPhase>
  /** 1 at the start, 0 at zero. */
  share: ComputedRef<number>
  /** "9:59", "+1:23" */
  text: ComputedRef<string>
  dispatch: (action: TimerAction) => Promise<void>
  /** Start, resume or pause, whichever fits: one key or one big button. */
  toggle: () => Promise<void>
}

/**
 * One synced timer. Nothing counts: the remaining time is worked out from the shared
 * start and pause instants and the server's clock, every TICK_MS while it runs.
 */
export function useTimer(id: MaybeRefOrGetter<string>, plannedMs: MaybeRefOrGetter<number>): Timer {
  const board = useTimerBoard()
  const clock = useServerClock()
  const now = ref(clock.now())
  const tick = () => { now.value = clock.now() }

  const state = computed(() => timerOf(board.state, toValue(id), toValue(plannedMs)))
  let interval: ReturnType<typeof setInterval> | undefined
  watch([() => state.value.status, clock.offsetMs], ([status]) => {
    tick()
    if (status === 'running' && interval === undefined)
      interval = setInterval(tick, TICK_MS)
    else if (status !== 'running' && interval !== undefined) {
      clearInterval(interval)
      interval = undefined
    }
  }, { immediate: true })
  onScopeDispose(() => clearInterval(interval))

  const remaining = computed(() => Math.round(remainingMs(state.value, now.value)))
  const status = computed(() => timerStatus(state.value, now.value))

  async function dispatch(action: TimerAction): Promise<void> {
    // An action stamped with a wrong clock would shift the timer for everyone.
    await clock.ready
    board.update(boardPatch(board.state, toValue(id), action, clock.now(), toValue(plannedMs)))
    tick()
  }

  return {
    state,
    status,
    remainingMs: remaining,
    phase: computed(() => phaseOf(state.value, now.value)),
    share: computed(() => remainingShare(state.value, now.value)),
    text: computed(() => formatRemaining(remaining.value)),
    dispatch,
    toggle: () => dispatch({ type: state.value.status === 'running' ? 'pause' : 'start' }),
  }
}
