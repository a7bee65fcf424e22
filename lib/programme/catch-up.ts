import { z } from 'zod/mini'
import { isSinglePhase, roundMinutes, roundSteps } from '../discussion/steps.ts'
import type { DiscussionQuestion, DiscussionRound } from '../schema/discussions.ts'
import type { ClockMinutes } from '../time.ts'
import { projectDay, type DayProjection, type ProjectedSlot, type RecordedStarts, type SlotCuts } from './project.ts'
import { plannedLength, type Schedule } from './schedule.ts'

/** A break is never shortened below this: people need the toilet and a coffee. */
export const SHORTEST_BREAK = 5
/** A table question is never shortened below this: less is no conversation. */
export const SHORTEST_QUESTION = 3

// zod/mini: recoveries are part of the live state, which the browser checks too (lib/live/state.ts).
const Id = z.string().check(z.minLength(1), z.maxLength(200))
const Minutes = z.int().check(z.minimum(0), z.maximum(24 * 60))
const RecoveryBase = {
  /** The programme slot that gets shorter. */
  slot: Id,
  /** Minutes the slot gets shorter, and the pinned item earlier. */
  saves: z.int().check(z.positive(), z.maximum(24 * 60)),
}

/** A concrete way to win back time, made from the deck's own data. Plain data: it travels as a command and is kept in the live state. */
export const RecoverySchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('shorten-break'), ...RecoveryBase, from: Minutes, to: Minutes }),
  z.strictObject({ kind: z.literal('shorten-questions'), ...RecoveryBase, round: Id, questions: z.array(z.strictObject({ id: Id, from: Minutes, to: Minutes })).check(z.minLength(1), z.maxLength(50)) }),
  z.strictObject({ kind: z.literal('drop-question'), ...RecoveryBase, round: Id, question: Id }),
])
export type Recovery = z.infer<typeof RecoverySchema>

/** A discussion round and the programme item it runs in. */
export interface ScheduledRound {
  slot: string
  round: DiscussionRound
}

export interface CatchUpInput {
  schedule: Schedule
  starts: RecordedStarts
  now: ClockMinutes | undefined
  rounds: readonly ScheduledRound[]
  /** Recoveries applied so far today. */
  applied: readonly Recovery[]
  /** Timer ids of questions already started: they keep their time. */
  started: ReadonlySet<string>
}

export interface CatchUp {
  /** The first pinned item the day will reach late. */
  pin: ProjectedSlot
  /** Minutes it will be late. */
  late: number
  /** Best first: those that win back all the minutes, then the least intrusive, then the most minutes. */
  options: Recovery[]
}

/** Minutes cut from each slot by the applied recoveries. */
export function slotCuts(applied: readonly Recovery[]): Record<string, number> {
  const cuts: Record<string, number> = {}
  for (const recovery of applied)
    cuts[recovery.slot] = (cuts[recovery.slot] ?? 0) + recovery.saves
  return cuts
}

/** A round as the applied recoveries left it: questions shortened or taken out. */
export function adjustRound(round: DiscussionRound, applied: readonly Recovery[]): DiscussionRound {
  const shortened = new Map<string, number>()
  const dropped = new Set<string>()
  for (const recovery of applied) {
    if (recovery.kind === 'shorten-questions' && recovery.round === round.id)
      recovery.questions.forEach(change => shortened.set(change.id, change.to))
    else if (recovery.kind === 'drop-question' && recovery.round === round.id)
      dropped.add(recovery.question)
  }
  return {
    ...round,
    questions: round.questions.filter(question => !dropped.has(question.id)).map((question) => {
      const minutes = shortened.get(question.id)
      return minutes === undefined ? question : { ...question, minutes }
    }),
  }
}

/** The projection with the applied recoveries' cuts. */
export function projectWithRecoveries(input: Pick<CatchUpInput, 'schedule' | 'starts' | 'now' | 'applied'>): DayProjection {
  return projectDay(input.schedule, input.starts, input.now, slotCuts(input.applied))
}

const INTRUSION: Record<Recovery['kind'], number> = { 'shorten-break': 0, 'shorten-questions': 1, 'drop-question': 2 }

/** Candidate recoveries for the slots still ahead of the pin, each cutting at most `late` minutes. */
function candidates(input: CatchUpInput, day: DayProjection, pinIndex: number, late: number, cuts: SlotCuts): Recovery[] {
  const found: Recovery[] = []
  day.slots.slice(0, pinIndex).forEach((slot) => {
    if (slot.state === 'done' || slot.recorded && slot.state !== 'current')
      return
    const length = (plannedLength(slot) ?? 0) - (cuts[slot.id] ?? 0)
    if (slot.kind === 'break') {
      // A running break can only lose what is left of it.
      const left = slot.state === 'current' && input.now !== undefined && slot.projectedEnd !== undefined ? Math.floor(slot.projectedEnd - input.now) : length
      const saves = Math.min(late, length - SHORTEST_BREAK, left)
      if (saves > 0)
        found.push({ kind: 'shorten-break', slot: slot.id, saves, from: length, to: length - saves })
      return
    }
    for (const scheduled of input.rounds.filter(candidate => candidate.slot === slot.id)) {
      const round = adjustRound(scheduled.round, input.applied)
      const steps = roundSteps(round)
      const stepsOf = (question: DiscussionQuestion) => steps.filter(step => step.question.id === question.id)
      const minutesOf = (question: DiscussionQuestion) => stepsOf(question).reduce((sum, step) => sum + step.minutes, 0)
      const open = round.questions.filter(question => !stepsOf(question).some(step => input.started.has(step.id)))
      const roundLength = roundMinutes(round)
      // The item can't get shorter than the talk it still holds.
      const room = (cut: number) => Math.min(cut, length - (roundLength - cut))
      // A question sets its own length only in a format of one phase run once (lib/discussion/steps.ts).
      const shortenable = isSinglePhase(round) ? open.filter(question => minutesOf(question) > SHORTEST_QUESTION) : []
      const most = Math.max(0, ...shortenable.map(question => minutesOf(question) - SHORTEST_QUESTION))
      // The smallest even cut per question that wins back the minutes, or the most there is.
      for (let each = 1; each <= most; each++) {
        const questions = shortenable.map(question => ({ id: question.id, from: minutesOf(question), to: Math.max(SHORTEST_QUESTION, minutesOf(question) - each) }))
        const cut = questions.reduce((sum, change) => sum + change.from - change.to, 0)
        if ((cut >= late || each === most) && room(cut) === cut && cut > 0) {
          found.push({ kind: 'shorten-questions', slot: slot.id, round: round.id, questions, saves: cut })
          break
        }
      }
      const last = open.at(-1)
      if (last && round.questions.length > 1 && room(minutesOf(last)) === minutesOf(last))
        found.push({ kind: 'drop-question', slot: slot.id, round: round.id, question: last.id, saves: minutesOf(last) })
    }
  })
  return found
}

/**
 * When a pinned item (a tour, a bus) will be reached late, the ways to win the time back
 * before it: shorten a break, shorten a round's table questions, take a question out.
 * Each is checked against the projection: it is offered only when the pinned item
 * really moves earlier by the minutes it saves (or is then on time). Undefined when no pinned item is at risk.
 */
export function catchUpOptions(input: CatchUpInput): CatchUp | undefined {
  const cuts = slotCuts(input.applied)
  const day = projectDay(input.schedule, input.starts, input.now, cuts)
  const pin = day.missedPins[0]
  if (pin === undefined)
    return undefined
  const pinIndex = day.slots.findIndex(slot => slot.id === pin.id)
  const late = pin.delay
  const options = candidates(input, day, pinIndex, late, cuts).filter((recovery) => {
    const after = projectDay(input.schedule, input.starts, input.now, slotCuts([...input.applied, recovery]))
    return pin.delay - after.slots[pinIndex]!.delay === Math.min(recovery.saves, late)
  })
  options.sort((a, b) => Number(b.saves >= late) - Number(a.saves >= late) || INTRUSION[a.kind] - INTRUSION[b.kind] || b.saves - a.saves)
  return { pin, late, options }
}

/** Names a recovery by what it changes, so two copies of one option compare equal. */
export function recoveryKey(recovery: Recovery): string {
  const what = recovery.kind === 'shorten-break'
    ? `${recovery.from}>${recovery.to}`
    : recovery.kind === 'drop-question'
      ? `${recovery.round}/${recovery.question}`
      : `${recovery.round}/${recovery.questions.map(change => `${change.id}:${change.from}>${change.to}`).join(',')}`
  return `${recovery.kind} ${recovery.slot} ${what} -${recovery.saves}`
}

/** Whether `recovery` is one of the options offered now (a second tap on a stale list changes nothing). */
export function isOffered(catchUp: CatchUp | undefined, recovery: Recovery): boolean {
  const key = recoveryKey(recovery)
  return catchUp?.options.some(option => recoveryKey(option) === key) ?? false
}
