import type { CommandResult } from '../lib/live/commands.ts'
import { useLiveState } from './useLiveState.ts'

/** What a table sends that the presenter approves before the room sees it. */
export type ModeratedKind = 'insight' | 'photo'

const COMMANDS = {
  insight: { approved: 'insight.approve', hidden: 'insight.hide' },
  photo: { approved: 'photo.approve', hidden: 'photo.hide' },
} as const

/** The presenter's word on a table's insight or photo: show it to the room, or not. */
export function useModeration(kind: ModeratedKind): (id: string, status: 'approved' | 'hidden') => Promise<CommandResult> {
  const live = useLiveState()
  return (id, status) => live.send({ type: COMMANDS[kind][status], id })
}
