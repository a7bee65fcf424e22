import { computed, type ComputedRef } from 'vue'
import { useForumNetwork, type ForumNetwork } from './useForumNetwork.ts'
import { useLiveState } from './useLiveState.ts'

export interface ShownNetwork extends ForumNetwork {
  /** From the live survey rather than the deck's sample export. */
  live: boolean
  /** Nodes carry names: the sample, or a live survey past the gate with the deck's opt-in. */
  named: boolean
}

/**
 * The network the slides show: the deck's sample export, or, once the presenter switches
 * the slides to the live survey (`survey.source`), the server's live results, which are
 * anonymous below the gate.
 */
export function useShownNetwork(): ComputedRef<ShownNetwork> {
  const sample = useForumNetwork()
  const live = useLiveState()
  return computed(() => {
    const { survey, surveyResults } = live.state.value
    if (survey.source !== 'live' || !surveyResults)
      return { ...sample, live: false, named: true }
    return { analysis: surveyResults.analysis, live: true, named: surveyResults.named }
  })
}
