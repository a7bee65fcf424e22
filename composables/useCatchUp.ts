import { computed, type ComputedRef } from 'vue'
import type { CommandResult } from '../lib/live/commands.ts'
import { adjustRound, catchUpOptions, type CatchUp, type Recovery, type ScheduledRound } from '../lib/programme/index.ts'
import type { DiscussionRound } from '../lib/schema/discussions.ts'
import { useDeck } from './useDeck.ts'
import { useProgramme } from './useProgramme.ts'
import { useLiveState } from './useLiveState.ts'

export interface CatchUpView {
  /** Ways to win back time when a pinned item is at risk; undefined when none is. */
  catchUp: ComputedRef<CatchUp | undefined>
  /** A round as today's recoveries left it. */
  round: (id: string) => DiscussionRound | undefined
  /** When a programme slot now starts (minutes after midnight). */
  slotStart: (id: string) => number | undefined
  /** Takes an option: the server shortens the programme and the round's timers together. */
  apply: (recovery: Recovery) => Promise<CommandResult>
}

/** Catch-up suggestions for the presenter: the day's projection, its rounds and the timers already started. */
export function useCatchUp(): CatchUpView {
  const { schedule, starts, now, recoveries, projection, applyRecovery } = useProgramme()
  const live = useLiveState()
  const rounds: ScheduledRound[] = useDeck().rounds.flatMap(round => round.programmeItem === undefined ? [] : [{ slot: round.programmeItem, round }])
  const started = computed(() => new Set(Object.entries(live.state.value.timers.timers).filter(([, timer]) => timer.startedAt !== null).map(([id]) => id)))
  return {
    catchUp: computed(() => catchUpOptions({ schedule, starts: starts.value, now: now.value, rounds, applied: recoveries.value, started: started.value })),
    round(id) {
      const round = rounds.find(candidate => candidate.round.id === id)?.round
      return round && adjustRound(round, recoveries.value)
    },
    slotStart: id => projection.value.slots.find(slot => slot.id === id)?.projectedStart,
    apply: applyRecovery,
  }
}
