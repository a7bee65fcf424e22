import { z } from 'zod'
import { RecoverySchema } from '../programme/catch-up.ts'
import { refusal, type Refusal } from './refusal.ts'
import { GROUPING_BOARDS, PhotoId, TableNumber } from './state.ts'

/**
 * Every change to the live state is one of these commands: a client says what it wants,
 * the server decides (lib/live/apply.ts) with its own clock. Objects are strict: an
 * unknown key is refused, not ignored.
 */

const TimerId = z.string().min(1).max(200)
const TimerCommand = <T extends string>(type: T) => z.strictObject({ type: z.literal(type), timerId: TimerId })

export const CommandSchema = z.discriminatedUnion('type', [
  TimerCommand('timer.start'),
  TimerCommand('timer.pause'),
  TimerCommand('timer.resume'),
  TimerCommand('timer.reset'),
  TimerCommand('timer.addMinute'),
  /** Pauses this question's timer and starts the next one of its round. */
  TimerCommand('timer.next'),
  z.strictObject({
    type: z.literal('timer.setDuration'),
    timerId: TimerId,
    durationMs: z.number().int().positive().max(24 * 60 * 60_000),
  }),
  z.strictObject({
    type: z.literal('programme.mark'),
    itemId: z.string().min(1).max(200),
    /** Only while rehearsing (`?at=`): the rehearsal's clock. On the day the server's clock counts. */
    rehearsalAt: z.number().min(0).max(48 * 60).optional(),
  }),
  z.strictObject({ type: z.literal('programme.reset'), rehearsal: z.boolean() }),
  /** Takes one of the catch-up options on offer: the programme, the end and the round's timers change together. */
  z.strictObject({
    type: z.literal('programme.catchUp'),
    recovery: RecoverySchema,
    /** Only while rehearsing: the rehearsal's clock, and the recovery goes to the rehearsal's list. */
    rehearsalAt: z.number().min(0).max(48 * 60).optional(),
  }),
  z.strictObject({ type: z.literal('programme.indicator'), on: z.boolean() }),
  z.strictObject({ type: z.literal('grouping.redraw'), board: z.enum(GROUPING_BOARDS) }),
  z.strictObject({ type: z.literal('grouping.undo'), board: z.enum(GROUPING_BOARDS) }),
  /** A table is done with the question being talked about. */
  z.strictObject({ type: z.literal('table.ready'), table: TableNumber, timerId: TimerId }),
  /** A table asks the presenter for two more minutes (the presenter decides). */
  z.strictObject({ type: z.literal('table.moreTime'), table: TableNumber, timerId: TimerId }),
  /** The presenter ends the talk on this question for every table: its timer stops. */
  z.strictObject({ type: z.literal('round.end'), timerId: TimerId }),
  /** A table's key insight; the server normalises it and keeps it pending until approved. */
  z.strictObject({ type: z.literal('insight.post'), table: TableNumber, round: z.string().min(1).max(200), text: z.string().max(4000) }),
  z.strictObject({ type: z.literal('insight.approve'), id: z.string().min(1).max(300) }),
  z.strictObject({ type: z.literal('insight.hide'), id: z.string().min(1).max(300) }),
  /**
   * A table's photo, already stored by the upload route (/__seminarkit/photo), which alone
   * sends this: the command route refuses it, so no photo is listed without its file.
   */
  z.strictObject({ type: z.literal('photo.add'), table: TableNumber, id: PhotoId }),
  z.strictObject({ type: z.literal('photo.approve'), id: PhotoId }),
  z.strictObject({ type: z.literal('photo.hide'), id: PhotoId }),
  z.strictObject({ type: z.literal('survey.close') }),
  z.strictObject({ type: z.literal('survey.reopen') }),
  /** The network slides show the deck's sample export or the live survey. */
  z.strictObject({ type: z.literal('survey.source'), source: z.enum(['sample', 'live']) }),
])
export type Command = z.infer<typeof CommandSchema>
export type CommandType = Command['type']

export type CommandResult = { ok: true, version: number } | Refusal

/** Validates a parsed body as a command; the reason names the first problem and where. */
export function parseCommand(value: unknown): { ok: true, command: Command } | Refusal {
  const result = CommandSchema.safeParse(value)
  if (result.success)
    return { ok: true, command: result.data }
  const issue = result.error.issues[0]!
  const where = issue.path.length > 0 ? issue.path.join('.') : 'command'
  return refusal(400, 'malformed', { where, problem: issue.message })
}
