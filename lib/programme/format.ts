import type { Translate } from '../i18n/translate.ts'
import { isClock, parseClock, type ClockMinutes } from '../time.ts'

/** "12 min. bagud", "5 min. foran", "Til tiden" (in the deck's language), for a signed delta (positive = behind). */
export function formatScheduleDelta(deltaMin: number, t: Translate): string {
  if (deltaMin === 0)
    return t('programme.onTime')
  return t(deltaMin > 0 ? 'programme.behind' : 'programme.ahead', { minutes: Math.abs(deltaMin) })
}

/**
 * The time a rehearsal pretends it is (`?at=10.05`, or `seminarkit: { at: '10.05' }` in the
 * headmatter). Anything that is not a time of day means no rehearsal.
 */
export function parseRehearsalAt(value: unknown): ClockMinutes | undefined {
  if (typeof value === 'number' && Number.isFinite(value))
    value = value.toFixed(2) // YAML reads `at: 10.05` as a number
  return typeof value === 'string' && isClock(value) ? parseClock(value) : undefined
}
