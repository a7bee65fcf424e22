import type { Phase } from '../schema/phases.ts'

export type PhaseState = 'done' | 'current' | 'upcoming'

/**
 * Where a date falls in the course. Neighbouring phases share their boundary month
 * (phase 2 runs to February 2019, phase 3 from February 2019), so a phase whose seminar
 * is on that date wins; otherwise the latest phase that has begun by that month and not
 * yet ended. Before the course every phase is upcoming, after it every phase is done.
 */
export function phaseStates(phases: readonly Phase[], isoDate: string): PhaseState[] {
  const month = isoDate.slice(0, 7)
  let current = phases.findIndex(phase => phase.seminar?.dates.includes(isoDate) === true)
  if (current === -1)
    current = phases.findLastIndex(phase => phase.from <= month && month <= phase.to)
  if (current === -1)
    return phases.map(phase => phase.to < month ? 'done' : 'upcoming')
  return phases.map((_, index) => index < current ? 'done' : index === current ? 'current' : 'upcoming')
}
