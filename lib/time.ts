/**
 * Clock times of the seminar day, as minutes after midnight. Danish programmes write
 * "09.00"; we accept "9.00", "09:00" and "0900" too, and always print "09.00".
 */
export type ClockMinutes = number

const CLOCK = /^(\d{1,2})[.:]?(\d{2})$/

export function parseClock(text: string): ClockMinutes {
  const match = CLOCK.exec(text.trim())
  if (!match)
    throw new RangeError(`"${text}" is not a time of day; expected e.g. "09.00"`)
  const hours = Number(match[1])
  const minutes = Number(match[2])
  if (hours > 23 || minutes > 59)
    throw new RangeError(`"${text}" is not a time of day; expected hours 00–23 and minutes 00–59`)
  return hours * 60 + minutes
}

export function isClock(text: string): boolean {
  try {
    parseClock(text)
    return true
  }
  catch {
    return false
  }
}

export function formatClock(minutes: ClockMinutes): string {
  const wrapped = ((Math.round(minutes) % 1440) + 1440) % 1440
  const hours = Math.floor(wrapped / 60)
  return `${String(hours).padStart(2, '0')}.${String(wrapped % 60).padStart(2, '0')}`
}

/** "09.00 – 09.30", or "13.30 –" for an open-ended item, as the seed writes them. */
export function formatClockRange(start: ClockMinutes, end?: ClockMinutes): string {
  return end === undefined ? `${formatClock(start)} –` : `${formatClock(start)} – ${formatClock(end)}`
}

/** An ISO date "2019-02-22" as a calendar day, free of the machine's time zone. */
export function parseIsoDate(iso: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!match)
    throw new RangeError(`"${iso}" is not a date; expected YYYY-MM-DD`)
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  if (date.getUTCDate() !== Number(match[3]) || date.getUTCMonth() !== Number(match[2]) - 1)
    throw new RangeError(`"${iso}" is not a calendar date`)
  return date
}
