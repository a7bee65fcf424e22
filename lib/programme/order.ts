import { formatClock, formatClockRange, isClock, parseClock, type ClockMinutes } from '../time.ts'

/** A rule between programme items that was broken; `message` starts with "expected". */
export interface OrderIssue {
  path: (string | number)[]
  found: string
  message: string
}

interface Timed {
  index: number
  id: string
  start: ClockMinutes
  end?: ClockMinutes
}

const MIDNIGHT = 24 * 60

function clockOf(value: unknown): ClockMinutes | undefined {
  return typeof value === 'string' && isClock(value) ? parseClock(value) : undefined
}

function label(id: unknown, index: number): string {
  return typeof id === 'string' && id !== '' ? `"${id}"` : `number ${index + 1}`
}

/**
 * The rules between items that a schema of one item cannot see: unique ids, an end after
 * the start, only the last item open-ended, items in time order and not overlapping.
 * Tolerates malformed items (they are skipped), so every other problem is still reported
 * alongside the schema's own.
 */
export function programmeOrderIssues(items: readonly unknown[]): OrderIssue[] {
  const issues: OrderIssue[] = []
  const seen = new Map<string, number>()
  let previous: Timed | undefined
  items.forEach((raw, index) => {
    if (typeof raw !== 'object' || raw === null)
      return
    const item = raw as Record<string, unknown>
    const name = label(item.id, index)
    if (typeof item.id === 'string') {
      const first = seen.get(item.id)
      if (first !== undefined)
        issues.push({ path: ['items', index, 'id'], found: item.id, message: `expected a unique id; item ${first + 1} is also "${item.id}"` })
      else
        seen.set(item.id, index)
    }
    const start = clockOf(item.start)
    if (start === undefined)
      return
    let end = clockOf(item.end)
    const duration = typeof item.duration === 'number' && Number.isInteger(item.duration) && item.duration > 0 ? item.duration : undefined
    if (item.end !== undefined && item.duration !== undefined) {
      issues.push({ path: ['items', index, 'duration'], found: String(item.duration), message: `expected either "end" or "duration" for item ${name}, not both` })
    }
    else if (end !== undefined && end <= start) {
      issues.push({ path: ['items', index, 'end'], found: String(item.end), message: `expected an end after the start ${formatClock(start)} of item ${name}` })
      end = undefined
    }
    else if (duration !== undefined) {
      if (start + duration > MIDNIGHT)
        issues.push({ path: ['items', index, 'duration'], found: String(duration), message: `expected item ${name} to end by midnight (at most ${MIDNIGHT - start} minutes)` })
      else
        end = start + duration
    }
    else if (item.end === undefined && item.duration === undefined && index < items.length - 1) {
      issues.push({ path: ['items', index, 'end'], found: formatClockRange(start), message: `expected an end or a duration for item ${name}: only the last item may be open-ended` })
    }
    if (previous) {
      const before = label(previous.id, previous.index)
      if (start < previous.start)
        issues.push({ path: ['items', index, 'start'], found: String(item.start), message: `expected items in time order: item ${name} starts before item ${before} (${formatClock(previous.start)})` })
      else if (previous.end !== undefined && start < previous.end)
        issues.push({ path: ['items', index, 'start'], found: String(item.start), message: `expected a start at ${formatClock(previous.end)} or later: item ${name} overlaps item ${before} (${formatClockRange(previous.start, previous.end)})` })
      else if (previous.end === undefined && start === previous.start)
        issues.push({ path: ['items', index, 'start'], found: String(item.start), message: `expected a start after ${formatClock(previous.start)}: item ${name} starts together with item ${before}` })
    }
    previous = { index, id: typeof item.id === 'string' ? item.id : '', start, ...(end === undefined ? {} : { end }) }
  })
  return issues
}
