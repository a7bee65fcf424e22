import server from 'server-reactive:programme?diff'
import { emptyProgrammeState } from '../lib/programme/index.ts'
import { defineSyncedState } from './useSyncedState.ts'

/** Recorded starts and the indicator switch, synced between all views (key `programme` in vite.config.ts). */
export const useProgrammeState = defineSyncedState('programme', server, emptyProgrammeState)
