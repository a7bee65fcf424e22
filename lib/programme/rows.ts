import type { ClockMinutes } from '../time.ts'
import type { DayProjection, ProjectedSlot } from './project.ts'

/** One row of the programme as the room reads it. */
export interface AgendaRow {
  slot: ProjectedSlot
  /** The time the room goes by: recorded or expected, for items and breaks alike. */
  start: ClockMinutes
  /** Undefined for an open-ended last item. */
  end?: ClockMinutes
  /** The plan, only when it differs from the shown time (a secondary note, never the row's time). */
  planned?: { start: ClockMinutes, end?: ClockMinutes }
  /** Minutes the shown start lies after the planned one; negative when ahead. */
  shift: number
  /** A break that the delay has used up: it no longer takes place. */
  absorbed: boolean
}

/**
 * The programme's rows. Live, every row shows its projected time, so the times read forward
 * down the table however late the day runs, and the plan is kept as a note where it moved.
 * `plain` (print, export, another day) is the seed's table: items only, at their planned times.
 */
export function agendaRows(day: DayProjection, plain: boolean): AgendaRow[] {
  if (plain) {
    return day.slots.filter(slot => slot.kind === 'item').map(slot => ({
      slot,
      start: slot.start,
      ...(slot.end === undefined ? {} : { end: slot.end }),
      shift: 0,
      absorbed: false,
    }))
  }
  return day.slots.map((slot) => {
    const end = slot.projectedEnd
    const moved = slot.projectedStart !== slot.start || end !== slot.end
    return {
      slot,
      start: slot.projectedStart,
      ...(end === undefined ? {} : { end }),
      ...(moved ? { planned: { start: slot.start, ...(slot.end === undefined ? {} : { end: slot.end }) } } : {}),
      shift: slot.projectedStart - slot.start,
      absorbed: slot.kind === 'break' && end !== undefined && end <= slot.projectedStart,
    }
  })
}
