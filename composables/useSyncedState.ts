import { createSyncState } from '@slidev/client'
import { effectScope } from 'vue'
import { mergePatch, type DeepPartial } from '../lib/sync/merge-patch.ts'

/** The object a `server-reactive:<key>` module exports; `$patch` exists on the dev server. */
interface ServerReactive {
  $patch?: (patch: object) => Promise<unknown>
}

export interface SyncedState<State extends object> {
  /** Reactive and shared; change it only through `update`. */
  state: State
  /** Merges a partial change into the state here and sends only that change to every other client. */
  update: (patch: DeepPartial<State>) => void
}

/**
 * State shared by every view of a deck: presenter, projector, phones.
 *
 * - Dev server: a `slidev.serverRef` state key (vite.config.ts), imported as
 *   `server-reactive:<key>?diff`. Changes go to the server as patches, so two clients
 *   changing different parts at once do not overwrite each other; the server saves
 *   the key under SEMINARKIT_STATE_DIR and the state survives reloads and restarts.
 * - Static build: Slidev's `createSyncState` with `persist`: localStorage plus the
 *   `storage` event, so tabs of one browser share it and it survives a reload.
 *
 * Usage, one module per key (the virtual import must be literal):
 *   import server from 'server-reactive:timers?diff'
 *   export const useTimerBoard = defineSyncedState('timers', server, emptyBoard)
 */
export function defineSyncedState<State extends object>(key: string, serverState: object, defaults: () => State): () => SyncedState<State> {
  let synced: SyncedState<State> | undefined
  return () => {
    if (synced)
      return synced
    const sync = createSyncState<State>(serverState as State, defaults(), true)
    // The watcher init() creates must outlive whichever component asked first.
    effectScope(true).run(() => sync.init(`seminarkit:${key}`))
    const server = serverState as ServerReactive
    synced = {
      state: sync.state,
      update(patch) {
        if (import.meta.hot && typeof server.$patch === 'function')
          void server.$patch(patch)
        else
          mergePatch(sync.state, patch)
      },
    }
    return synced
  }
}
