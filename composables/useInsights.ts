import { computed, toValue, type ComputedRef, type MaybeRefOrGetter } from 'vue'
import type { CommandResult } from '../lib/live/commands.ts'
import type { Insight } from '../lib/live/state.ts'
import { useLiveState } from './useLiveState.ts'

export interface Insights {
  /** Every insight of the round this browser sees, by table: what the presenter moderates (components/ModerationList.vue). */
  all: ComputedRef<Insight[]>
  /** Only the approved ones: all the audience's slides ever show. */
  approved: ComputedRef<Insight[]>
  post: (table: number, text: string) => Promise<CommandResult>
}

/** The tables' key insights of one round (`insights: true` in the deck's data). */
export function useInsights(round: MaybeRefOrGetter<string>): Insights {
  const live = useLiveState()
  const all = computed(() => live.state.value.insights.items
    .filter(item => item.round === toValue(round))
    .sort((a, b) => a.table - b.table))
  return {
    all,
    approved: computed(() => all.value.filter(item => item.status === 'approved')),
    post: (table, text) => live.send({ type: 'insight.post', table, round: toValue(round), text }),
  }
}
