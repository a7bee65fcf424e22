import { computed, toValue, type ComputedRef, type MaybeRefOrGetter } from 'vue'
import type { CommandResult } from '../lib/live/commands.ts'
import { refusal } from '../lib/live/refusal.ts'
import type { TableProgress } from '../lib/live/state.ts'
import { useLiveState } from './useLiveState.ts'

export interface TableRound {
  /** Table numbers that said "we're done", ascending. */
  ready: ComputedRef<number[]>
  /** Table numbers that asked for more time, ascending. */
  moreTime: ComputedRef<number[]>
  /** The presenter ended the talk on this question for every table. */
  ended: ComputedRef<boolean>
  mark: (table: number, mark: 'ready' | 'moreTime') => Promise<CommandResult>
  end: () => Promise<CommandResult>
}

const tablesOf = (marks: TableProgress['ready']) => Object.keys(marks).map(Number).sort((a, b) => a - b)

/** The tables' word on one question (its timer id): who is done, who wants more time. */
export function useTableRound(timerId: MaybeRefOrGetter<string | undefined>): TableRound {
  const live = useLiveState()
  const progress = computed(() => {
    const id = toValue(timerId)
    return id === undefined ? undefined : live.state.value.tables.timers[id]
  })
  const noTimer: CommandResult = refusal(409, 'noQuestion')
  return {
    ready: computed(() => tablesOf(progress.value?.ready ?? {})),
    moreTime: computed(() => tablesOf(progress.value?.moreTime ?? {})),
    ended: computed(() => progress.value?.endedAt != null),
    async mark(table, mark) {
      const id = toValue(timerId)
      return id === undefined ? noTimer : live.send({ type: mark === 'ready' ? 'table.ready' : 'table.moreTime', table, timerId: id })
    },
    async end() {
      const id = toValue(timerId)
      return id === undefined ? noTimer : live.send({ type: 'round.end', timerId: id })
    },
  }
}
