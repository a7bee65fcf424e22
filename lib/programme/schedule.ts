import type { Programme } from '../schema/programme.ts'
import { formatClock, parseClock, type ClockMinutes } from '../time.ts'

/** A programme item, or a break the programme implies by a gap between two items. */
export interface Slot {
  kind: 'item' | 'break'
  /** The item's id; a break is "pause-0930" after its start. */
  id: string
  title: string
  speaker?: string
  start: ClockMinutes
  /** Undefined only for an open-ended last item ("13.30 –"). */
  end?: ClockMinutes
  /** Keeps its time when the day runs late (lunch, a bus). */
  pinned: boolean
}

export interface Schedule {
  headings: Programme['headings']
  /** Items and breaks in time order, without gaps between them. */
  slots: Slot[]
}

/** The planned day of a valid programme (see `ProgrammeSchema`), breaks made explicit and called `breakTitle`. */
export function buildSchedule(programme: Programme, breakTitle: string): Schedule {
  const slots: Slot[] = []
  for (const item of programme.items) {
    const start = parseClock(item.start)
    const end = item.end !== undefined ? parseClock(item.end) : item.duration !== undefined ? start + item.duration : undefined
    const previous = slots.at(-1)
    if (previous?.end !== undefined && previous.end < start)
      slots.push({ kind: 'break', id: `pause-${formatClock(previous.end).replace('.', '')}`, title: breakTitle, start: previous.end, end: start, pinned: false })
    slots.push({
      kind: 'item',
      id: item.id,
      title: item.title,
      ...(item.speaker === undefined ? {} : { speaker: item.speaker }),
      start,
      ...(end === undefined ? {} : { end }),
      pinned: item.pinned ?? false,
    })
  }
  return { headings: programme.headings, slots }
}

/** Planned length of a slot in minutes; undefined when open-ended. */
export function plannedLength(slot: Slot): number | undefined {
  return slot.end === undefined ? undefined : slot.end - slot.start
}
