import server from 'server-reactive:timers?diff'
import { emptyBoard } from '../lib/timer/board.ts'
import { defineSyncedState } from './useSyncedState.ts'

/** Every timer of the deck, synced between all views (state key `timers` in vite.config.ts). */
export const useTimerBoard = defineSyncedState('timers', server, emptyBoard)
