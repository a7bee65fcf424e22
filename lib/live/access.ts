import type { CommandType } from './commands.ts'

/**
 * Who may do what on the day (contract §5). The presenter holds the secret; a facilitator
 * holds a token from a table card or discussion slide's QR code; a participant holds a
 * personal survey token (it answers the survey for one member, and runs no command);
 * everyone else only watches.
 */
export type Role = 'presenter' | 'facilitator' | 'participant' | 'viewer'

const FACILITATOR_COMMANDS: ReadonlySet<CommandType> = new Set([
  'timer.start',
  'timer.pause',
  'timer.resume',
  'timer.reset',
  'timer.addMinute',
  'timer.next',
])

export function mayRun(role: Role, type: CommandType): boolean {
  if (role === 'presenter')
    return true
  if (role === 'facilitator')
    return FACILITATOR_COMMANDS.has(type)
  return false
}

