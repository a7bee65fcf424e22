import { useNow } from '@vueuse/core'
import { computed, type ComputedRef } from 'vue'
import {
  buildSchedule,
  marksFromStarts,
  projectDay,
  recordStart,
  seminarClock,
  startsFromMarks,
  type DayProjection,
  type Schedule,
} from '../lib/programme/index.ts'
import { translate } from '../lib/i18n/translate.ts'
import type { Deck } from '../lib/schema/deck.ts'
import type { ClockMinutes } from '../lib/time.ts'
import { useDeck } from './useDeck.ts'
import { useProgrammeState } from './useProgrammeState.ts'
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
  projection: ComputedRef<DayProjection>
  /** Records that an item started now (and forgets marks of later items). */
  markStarted: (id: string) => void
  /** Forgets every recorded start (of the rehearsal, when rehearsing). */
  resetStarts: () => void
  indicatorOn: ComputedRef<boolean>
  setIndicator: (on: boolean) => void
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
  const synced = useProgrammeState()
  const wall = useNow({ interval: 1000 })
  const now = computed(() => seminarClock(wall.value.getTime(), deck.seminar.date, rehearsal))
  const starts = computed(() => startsFromMarks(synced.state[field]))
  return {
    schedule,
    live: computed(() => now.value !== undefined),
    rehearsing: rehearsal !== undefined,
    now,
    projection: computed(() => projectDay(schedule, starts.value, now.value)),
    markStarted(id) {
      if (now.value === undefined)
        return
      synced.update({ [field]: marksFromStarts(recordStart(schedule, starts.value, id, Math.floor(now.value))) })
    },
    resetStarts() {
      synced.update({ [field]: [] })
    },
    indicatorOn: computed(() => synced.state.indicator),
    setIndicator(on) {
      synced.update({ indicator: on })
    },
  }
}
