import { computed, type ComputedRef } from 'vue'
import type { NetworkView } from '../lib/network/view.ts'
import { useForumNetwork } from './useForumNetwork.ts'
import { useLiveState } from './useLiveState.ts'

export interface ShownNetwork {
  /** Without names: what a diagram shows by default. */
  anonymous: NetworkView
  /** With names, when a slide may show them: the sample's (if a slide asked at build time), or the live survey's past the gate. */
  named: NetworkView | null
  /** From the live survey rather than the deck's sample export. */
  live: boolean
}

/**
 * The network the slides show: the deck's sample export, or, once the presenter switches
 * the slides to the live survey (`survey.source`), the server's live results, analysed and
 * laid out by the server and anonymous below the gate.
 */
export function useShownNetwork(): ComputedRef<ShownNetwork> {
  const sample = useForumNetwork()
  const live = useLiveState()
  return computed(() => {
    const { survey, surveyResults } = live.state.value
    if (survey.source !== 'live' || !surveyResults)
      return { anonymous: sample.forum, named: sample.named, live: false }
    const view = surveyResults.view
    return { anonymous: view, named: view.named ? view : null, live: true }
  })
}
