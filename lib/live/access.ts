import type { Command, CommandType } from './commands.ts'
import { refusal, type Refusal } from './refusal.ts'

/**
 * Who may do what on the day (contract §5). The presenter holds the secret; a facilitator
 * holds a token from a discussion slide's QR code; a table holds its table card's token;
 * a participant holds a personal survey token (it answers the survey for one member, and
 * runs no command); everyone else only watches.
 */
export type Role = 'presenter' | 'facilitator' | 'table' | 'participant' | 'viewer'

/** A role, and for a table the number on its card. */
export interface Access {
  role: Role
  table?: number
}

const FACILITATOR_COMMANDS: ReadonlySet<CommandType> = new Set([
  'timer.start',
  'timer.pause',
  'timer.resume',
  'timer.reset',
  'timer.addMinute',
  'timer.next',
])

/** A table speaks for itself only: it runs no shared timer and never acts for another table. */
const TABLE_COMMANDS: ReadonlySet<CommandType> = new Set([
  'table.ready',
  'table.moreTime',
  'insight.post',
  'photo.add',
])

export function mayRun(role: Role, type: CommandType): boolean {
  if (role === 'presenter')
    return true
  if (role === 'facilitator')
    return FACILITATOR_COMMANDS.has(type)
  if (role === 'table')
    return TABLE_COMMANDS.has(type)
  return false
}

/** Why `access` may not send `command` (403), or undefined when it may. */
export function refusalFor(access: Access, command: Command): Refusal | undefined {
  const { role } = access
  if (!mayRun(role, command.type))
    return role === 'viewer' ? refusal(403, 'needsCredential', { command: command.type }) : refusal(403, 'roleMayNot', { role, command: command.type })
  if (role === 'table' && 'table' in command && command.table !== access.table)
    return refusal(403, 'otherTable', { table: access.table ?? '?', other: command.table })
  return undefined
}
