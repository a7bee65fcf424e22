import { computed, toValue, type ComputedRef, type MaybeRefOrGetter } from 'vue'
import type { CommandResult } from '../lib/live/commands.ts'
import { timerOf } from '../lib/timer/board.ts'
import { formatRemaining } from '../lib/timer/format.ts'
import { phaseOf, remainingMs, remainingShare, timerStatus, type TimerPhase, type TimerState, type TimerStatus } from '../lib/timer/machine.ts'
import { useLiveState } from './useLiveState.ts'
import { useServerNow } from './useServerNow.ts'

/** What a view may ask of a timer; the server decides (lib/live/apply.ts). */
export type TimerRequest = 'start' | 'pause' | 'resume' | 'reset' | 'addMinute' | 'next'

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
  request: (action: TimerRequest) => Promise<CommandResult>
  /** Start, resume or pause, whichever fits: one key or one big button. */
  toggle: () => Promise<CommandResult>
}

/**
 * One synced timer, read only: the remaining time is worked out from the server's start
 * and pause instants and the server's clock. `plannedMs` is for showing a timer nobody
 * has started; the server takes the planned length from the deck's data.
 */
export function useTimer(id: MaybeRefOrGetter<string>, plannedMs: MaybeRefOrGetter<number>): Timer {
  const live = useLiveState()
  const state = computed(() => timerOf(live.state.value.timers, toValue(id), toValue(plannedMs)))
  const now = useServerNow(() => state.value.status === 'running')

  const remaining = computed(() => Math.round(remainingMs(state.value, now.value)))

  // The server stamps every action with its own clock.
  const request = (action: TimerRequest) => live.send({ type: `timer.${action}`, timerId: toValue(id) })

  return {
    state,
    status: computed(() => timerStatus(state.value, now.value)),
    remainingMs: remaining,
    phase: computed(() => phaseOf(state.value, now.value)),
    share: computed(() => remainingShare(state.value, now.value)),
    text: computed(() => formatRemaining(remaining.value)),
    request,
    toggle: () => request(state.value.status === 'running' ? 'pause' : 'start'),
  }
}
