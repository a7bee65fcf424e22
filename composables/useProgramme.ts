import { useNow } from '@vueuse/core'
import { computed, type ComputedRef } from 'vue'
import { programme } from '../data/faelles-om-ledelse/programme.ts'
import { seminar } from '../data/faelles-om-ledelse/seminar.ts'
import {
  buildSchedule,
  marksFromStarts,
  projectWithRecoveries,
  recordStart,
  seminarClock,
  startsFromMarks,
  type DayProjection,
  type RecordedStarts,
  type Recovery,
  type Schedule,
} from '../lib/programme/index.ts'
import type { ClockMinutes } from '../lib/time.ts'
import { useProgrammeState } from './useProgrammeState.ts'
import { useRehearsalTime } from './useRehearsalTime.ts'

const schedule = buildSchedule(programme)

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
  /** Records that an item started now (and forgets marks of later items). */
  markStarted: (id: string) => void
  /** Forgets every recorded start and applied recovery (of the rehearsal, when rehearsing). */
  resetStarts: () => void
  indicatorOn: ComputedRef<boolean>
  setIndicator: (on: boolean) => void
}

/**
 * The live programme of the default deck: the clock of the seminar day (the device's own,
 * or a rehearsal's), the starts recorded by the presenter, and the day projected from them.
 */
export function useProgramme(): ProgrammeView {
  const rehearsal = useRehearsalTime()
  const field = rehearsal ? 'rehearsalStarts' : 'starts'
  const recoveriesField = rehearsal ? 'rehearsalRecoveries' : 'recoveries'
  const synced = useProgrammeState()
  const wall = useNow({ interval: 1000 })
  const now = computed(() => seminarClock(wall.value.getTime(), seminar.date, rehearsal))
  const starts = computed(() => startsFromMarks(synced.state[field]))
  // A state saved before catch-up existed has no recoveries yet.
  const recoveries = computed<readonly Recovery[]>(() => synced.state[recoveriesField] ?? [])
  return {
    schedule,
    live: computed(() => now.value !== undefined),
    rehearsing: rehearsal !== undefined,
    now,
    starts,
    recoveries,
    projection: computed(() => projectWithRecoveries({ schedule, starts: starts.value, now: now.value, applied: recoveries.value })),
    markStarted(id) {
      if (now.value === undefined)
        return
      synced.update({ [field]: marksFromStarts(recordStart(schedule, starts.value, id, Math.floor(now.value))) })
    },
    resetStarts() {
      synced.update({ [field]: [], [recoveriesField]: [] })
    },
    indicatorOn: computed(() => synced.state.indicator),
    setIndicator(on) {
      synced.update({ indicator: on })
    },
  }
}
