import { parseIsoDate, type ClockMinutes } from '../time.ts'
import { LOCALES, type Language } from './messages.ts'

/** Dates, times of day and numbers as the deck's language writes them, all through Intl. */
export interface Formats {
  /** "22. februar 2019", "22 February 2019" */
  date: (iso: string) => string
  /** "juni 2018" from "2018-06" */
  month: (isoMonth: string) => string
  /** "09.00" (da), "09:00" (en) from minutes after midnight. */
  clock: (minutes: ClockMinutes) => string
  /** "09.00 – 09.30", or "13.30 –" when open-ended. */
  clockRange: (start: ClockMinutes, end?: ClockMinutes) => string
  /** "42,3 %", "42.3%" */
  percent: (share: number) => string
  /** "1.443", "1,443" */
  integer: (value: number) => string
  /** "2,86" (2 digits), "0,827" (3) */
  decimal: (value: number, digits?: number) => string
}

const cache = new Map<Language, Formats>()

export function formats(language: Language): Formats {
  const cached = cache.get(language)
  if (cached)
    return cached
  const locale = LOCALES[language]
  const longDate = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
  const monthYear = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' })
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' })
  const percent = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 })
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })
  const decimals = new Map<number, Intl.NumberFormat>()
  const clock = (minutes: ClockMinutes) => {
    const wrapped = ((Math.round(minutes) % 1440) + 1440) % 1440
    return time.format(new Date(wrapped * 60_000))
  }
  // Intl puts a no-break space before the Danish % sign; slides and PDFs want a plain one.
  const plain = (text: string) => text.replace(/\u00A0/g, ' ')
  const result: Formats = {
    date: iso => longDate.format(parseIsoDate(iso)),
    month: isoMonth => monthYear.format(parseIsoDate(`${isoMonth}-01`)),
    clock,
    clockRange: (start, end) => end === undefined ? `${clock(start)} –` : `${clock(start)} – ${clock(end)}`,
    percent: share => plain(percent.format(share)),
    integer: value => integer.format(value),
    decimal: (value, digits = 2) => {
      let format = decimals.get(digits)
      if (!format) {
        format = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits })
        decimals.set(digits, format)
      }
      return format.format(value)
    },
  }
  cache.set(language, result)
  return result
}
