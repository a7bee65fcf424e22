import { useNow } from '@vueuse/core'
import { computed, type ComputedRef } from 'vue'
import type { CommandResult } from '../lib/live/commands.ts'
import {
  buildSchedule,
  projectWithRecoveries,
  seminarClock,
  startsFromMarks,
  type DayProjection,
  type RecordedStarts,
  type Recovery,
  type Schedule,
} from '../lib/programme/index.ts'
import { translate } from '../lib/i18n/translate.ts'
import type { Deck } from '../lib/schema/deck.ts'
import type { ClockMinutes } from '../lib/time.ts'
import { useDeck } from './useDeck.ts'
import { useLiveState } from './useLiveState.ts'
import { useRehearsalTime } from './useRehearsalTime.ts'

const schedules = new WeakMap<Deck, Schedule>()

function scheduleOf(deck: Deck): Schedule {
  let schedule = schedules.get(deck)
  if (!schedule) {
    schedule = buildSchedule(deck.programme, translate(deck.language, 'programme.break'))
    schedules.set(deck, schedule)
  }
  return schedule
}

export interface ProgrammeView {
  schedule: Schedule
  /** The seminar day is on (by the clock or a rehearsal): states, delta and marks apply. */
  live: ComputedRef<boolean>
  /** Rehearsing with `?at=` or the headmatter's `seminarkit.at`. */
  rehearsing: boolean
  /** Minutes after midnight on the seminar day; undefined on another day. */
  now: ComputedRef<ClockMinutes | undefined>
  /** Recorded starts (of the rehearsal, when rehearsing). */
  starts: ComputedRef<RecordedStarts>
  /** Catch-up recoveries applied (of the rehearsal, when rehearsing). */
  recoveries: ComputedRef<readonly Recovery[]>
  /** The day projected from the starts, shortened by the recoveries. */
  projection: ComputedRef<DayProjection>
  /** Records that an item started now (and forgets marks of later items); the server's clock decides "now" on the day. */
  markStarted: (id: string) => Promise<CommandResult>
  /** Forgets every recorded start and applied recovery (of the rehearsal, when rehearsing). */
  resetStarts: () => Promise<CommandResult>
  /** Applies a catch-up recovery: the server checks it is still on offer, then shortens the day and the round's timers. */
  applyRecovery: (recovery: Recovery) => Promise<CommandResult>
  indicatorOn: ComputedRef<boolean>
  setIndicator: (on: boolean) => Promise<CommandResult>
}

/**
 * The live programme of the deck: the clock of the seminar day (the device's own,
 * or a rehearsal's), the starts recorded by the presenter, and the day projected from them.
 */
export function useProgramme(): ProgrammeView {
  const deck = useDeck()
  const schedule = scheduleOf(deck)
  const rehearsal = useRehearsalTime()
  const field = rehearsal ? 'rehearsalStarts' : 'starts'
  const recoveriesField = rehearsal ? 'rehearsalRecoveries' : 'recoveries'
  const live = useLiveState()
  const wall = useNow({ interval: 1000 })
  const now = computed(() => seminarClock(wall.value.getTime(), deck.seminar.date, rehearsal))
  const starts = computed(() => startsFromMarks(live.state.value.programme[field]))
  const recoveries = computed<readonly Recovery[]>(() => live.state.value.programme[recoveriesField])
  const rehearsalAt = () => (rehearsal && now.value !== undefined ? { rehearsalAt: now.value } : {})
  return {
    schedule,
    live: computed(() => now.value !== undefined),
    rehearsing: rehearsal !== undefined,
    now,
    starts,
    recoveries,
    projection: computed(() => projectWithRecoveries({ schedule, starts: starts.value, now: now.value, applied: recoveries.value })),
    markStarted: id => live.send({ type: 'programme.mark', itemId: id, ...rehearsalAt() }),
    resetStarts: () => live.send({ type: 'programme.reset', rehearsal: rehearsal !== undefined }),
    applyRecovery: recovery => live.send({ type: 'programme.catchUp', recovery, ...rehearsalAt() }),
    indicatorOn: computed(() => live.state.value.programme.indicator),
    setIndicator: on => live.send({ type: 'programme.indicator', on }),
  }
}
