import server from 'server-reactive:grouping?diff'
import { defaultGroupingState } from '../lib/grouping/state.ts'
import { defineSyncedState } from './useSyncedState.ts'

/** The seed of the slides' teams, tables and pairs, synced between all views (state key `grouping` in vite.config.ts). */
export const useGroupingState = defineSyncedState('grouping', server, defaultGroupingState)
