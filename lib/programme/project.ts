import type { ClockMinutes } from '../time.ts'
import { plannedLength, type Schedule, type Slot } from './schedule.ts'

export type SlotState = 'done' | 'current' | 'upcoming'

/** Actual start times recorded during the day (minutes after midnight), by slot id. */
export type RecordedStarts = Readonly<Record<string, ClockMinutes>>

/** Minutes taken off slots' planned lengths to catch up (see catch-up.ts), by slot id. */
export type SlotCuts = Readonly<Record<string, number>>

/** How long a slot is now meant to last: its plan less any cut; undefined when open-ended. */
function lengthOf(slot: Slot, cuts: SlotCuts): number | undefined {
  const planned = plannedLength(slot)
  return planned === undefined ? undefined : Math.max(0, planned - (cuts[slot.id] ?? 0))
}

export interface ProjectedSlot extends Slot {
  /** When the slot started (recorded) or is now expected to start. */
  projectedStart: ClockMinutes
  /** When it ended or is expected to end; undefined for an open-ended last item. */
  projectedEnd?: ClockMinutes
  /** Minutes behind the plan at the slot's start; negative when ahead. */
  delay: number
  recorded: boolean
  state: SlotState
}

export interface DayProjection {
  slots: ProjectedSlot[]
  /** The slot running at `now` (possibly a break); undefined before the day or without a clock. */
  current?: ProjectedSlot
  /** The first item not yet begun: what the presenter most likely starts next. */
  next?: ProjectedSlot
  /** Signed minutes the day runs behind (positive) or ahead (negative) at `now`. */
  delta: number
  plannedEnd: ClockMinutes
  projectedEnd: ClockMinutes
  /** Pinned slots still ahead that the day will reach late: the delay they expose. */
  missedPins: ProjectedSlot[]
}

/**
 * Expected start of every slot from the recorded ones. An unrecorded slot follows the
 * previous one: a delay carries forward (and so does a lead), breaks keep their length,
 * except before a pinned slot, which keeps its time while the break before it shrinks or
 * grows. When even the shortest break can't make a pinned time, the pinned slot starts
 * late and its delay shows. A later recorded start wins over an earlier projection, so
 * skipped slots get no time.
 */
function projectedStarts(slots: readonly Slot[], starts: RecordedStarts, cuts: SlotCuts): ClockMinutes[] {
  const result: ClockMinutes[] = []
  slots.forEach((slot, index) => {
    const recorded = starts[slot.id]
    const previous = slots[index - 1]
    const previousStart = result[index - 1]
    if (recorded !== undefined)
      result.push(recorded)
    else if (previous === undefined || previousStart === undefined)
      result.push(slot.start)
    else if (slot.kind === 'break')
      result.push(previousStart + (lengthOf(previous, cuts) ?? 0))
    else {
      // A break before this item starts when the item before it ends.
      const freeFrom = previous.kind === 'break' ? previousStart : previousStart + (lengthOf(previous, cuts) ?? 0)
      const gap = previous.kind === 'break' ? lengthOf(previous, cuts) ?? 0 : 0
      result.push(slot.pinned ? Math.max(slot.start, freeFrom) : freeFrom + gap)
    }
  })
  for (let index = result.length - 2; index >= 0; index--)
    result[index] = Math.min(result[index]!, result[index + 1]!)
  return result
}

function stateAt(start: ClockMinutes, end: ClockMinutes | undefined, now: ClockMinutes | undefined): SlotState {
  if (now === undefined || now < start)
    return 'upcoming'
  return end !== undefined && end <= now ? 'done' : 'current'
}

/**
 * The day as it stands at `now` (minutes after midnight on the seminar day; undefined on
 * any other day: everything upcoming), given the recorded actual starts and the minutes
 * cut from slots to catch up.
 */
export function projectDay(schedule: Schedule, starts: RecordedStarts, now?: ClockMinutes, cuts: SlotCuts = {}): DayProjection {
  const begins = projectedStarts(schedule.slots, starts, cuts)
  const slots: ProjectedSlot[] = schedule.slots.map((slot, index) => {
    const projectedStart = begins[index]!
    const next = begins[index + 1]
    const length = lengthOf(slot, cuts)
    const ownEnd = length === undefined ? undefined : projectedStart + length
    // A slot runs until the next begins, except that an item ahead of a pinned time ends on
    // time and leaves a wait (there is no break to stretch).
    const waitsForPin = slot.kind === 'item' && schedule.slots[index + 1]?.pinned === true && starts[schedule.slots[index + 1]!.id] === undefined
    const projectedEnd = next === undefined ? ownEnd : waitsForPin && ownEnd !== undefined ? Math.min(next, ownEnd) : next
    return {
      ...slot,
      projectedStart,
      ...(projectedEnd === undefined ? {} : { projectedEnd }),
      delay: projectedStart - slot.start,
      recorded: starts[slot.id] !== undefined,
      state: stateAt(projectedStart, projectedEnd, now),
    }
  })
  const last = slots.at(-1)!
  const plannedEnd = last.end ?? last.start
  const projectedEnd = last.projectedEnd ?? last.projectedStart
  const currentIndex = slots.findIndex(slot => slot.state === 'current')
  const current = slots[currentIndex]
  let delta: number
  if (current === undefined)
    // Before the day, or waiting for a pinned time: the next slot tells.
    delta = slots.find(slot => slot.state === 'upcoming')?.delay ?? projectedEnd - plannedEnd
  else
    // In a break, what matters is when the next item can begin.
    delta = current.kind === 'break' ? slots[currentIndex + 1]?.delay ?? current.delay : current.delay
  const next = slots.find(slot => slot.kind === 'item' && slot.state === 'upcoming')
  return {
    slots,
    ...(current === undefined ? {} : { current }),
    ...(next === undefined ? {} : { next }),
    delta,
    plannedEnd,
    projectedEnd,
    missedPins: slots.filter(slot => slot.pinned && !slot.recorded && slot.state === 'upcoming' && slot.delay > 0),
  }
}

/**
 * Records that `id` started at `at`. Marks of later slots are dropped: marking an earlier
 * item again means the day is back there (an undo of a mark made too soon).
 */
export function recordStart(schedule: Schedule, starts: RecordedStarts, id: string, at: ClockMinutes): Record<string, ClockMinutes> {
  const index = schedule.slots.findIndex(slot => slot.id === id)
  if (index === -1)
    throw new RangeError(`no programme item "${id}"`)
  const kept: Record<string, ClockMinutes> = {}
  schedule.slots.slice(0, index).forEach((slot) => {
    const start = starts[slot.id]
    if (start !== undefined)
      kept[slot.id] = start
  })
  kept[id] = at
  return kept
}
