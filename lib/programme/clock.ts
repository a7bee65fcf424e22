import type { ClockMinutes } from '../time.ts'

/** A rehearsal: the day as it looks from `at`, with the clock running since `sinceMs`. */
export interface Rehearsal {
  at: ClockMinutes
  sinceMs: number
}

function localIsoDate(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`
}

/**
 * Where the seminar day stands at the device time `nowMs`, in minutes after midnight
 * (fractional), or undefined when it is not the seminar day here. A rehearsal starts its
 * clock at `at` and lets it run, whatever the date.
 */
export function seminarClock(nowMs: number, seminarDate: string, rehearsal?: Rehearsal): ClockMinutes | undefined {
  if (rehearsal)
    return rehearsal.at + Math.max(0, nowMs - rehearsal.sinceMs) / 60_000
  const now = new Date(nowMs)
  if (localIsoDate(now) !== seminarDate)
    return undefined
  return now.getHours() * 60 + now.getMinutes() + now.getSeconds() / 60 + now.getMilliseconds() / 60_000
}
