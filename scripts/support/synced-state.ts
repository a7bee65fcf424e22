import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { writeFileAtomic } from './atomic-write.ts'

/**
 * Server-side half of seminarkit's synced state. Slidev shares `serverRef` state keys
 * between the dev server and every client (vite-plugin-vue-server-ref); this keeps
 * each key in `<state dir>/<key>.json`, so a restart of the dev server (or of the
 * laptop) picks up where the room was. Client side: composables/useSyncedState.ts.
 */

/** Where state lives: SEMINARKIT_STATE_DIR (tests use a temporary folder) or `.seminarkit/`. */
export function stateDir(): string {
  return process.env.SEMINARKIT_STATE_DIR ?? resolve(import.meta.dirname, '../../.seminarkit')
}

/** The subset of vite-plugin-vue-server-ref's options that Slidev passes on. */
export interface ServerRefOptions {
  state: Record<string, unknown>
  onChanged: (key: PropertyKey, data: unknown) => void
}

export interface SyncedServerStateOptions {
  /** Read and write the state folder; off for `slidev build`, whose output must not embed live state. */
  persist: boolean
  dir?: string
  /** Reports a state file that could not be read or written. */
  warn?: (message: string) => void
}

/**
 * The `slidev.serverRef` options for the given keys and their default values. Each key
 * starts from its file when there is one, else from the default.
 */
export function syncedServerState(defaults: Record<string, object>, options: SyncedServerStateOptions): ServerRefOptions {
  const dir = options.dir ?? stateDir()
  const warn = options.warn ?? ((message: string) => console.warn(`[seminarkit] ${message}`))
  const state: Record<string, unknown> = {}
  for (const [key, fallback] of Object.entries(defaults))
    state[key] = options.persist ? restore(join(dir, `${key}.json`), fallback, warn) : structuredClone(fallback)

  const writers = new Map<string, (data: unknown) => void>()
  return {
    state,
    onChanged(key, data) {
      // Slidev's own keys (nav, drawings, …) are not ours to keep.
      if (!options.persist || typeof key !== 'string' || !Object.hasOwn(defaults, key))
        return
      let write = writers.get(key)
      if (!write) {
        write = latestWins(join(dir, `${key}.json`), warn)
        writers.set(key, write)
      }
      write(data)
    },
  }
}

function restore(file: string, fallback: object, warn: (message: string) => void): unknown {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  }
  catch {
    return structuredClone(fallback)
  }
  try {
    const parsed: unknown = JSON.parse(text)
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
      return { ...structuredClone(fallback), ...parsed }
    warn(`${file}: expected a JSON object; starting from the default state`)
  }
  catch (error) {
    warn(`${file}: not valid JSON (${(error as Error).message}); starting from the default state`)
  }
  return structuredClone(fallback)
}

/**
 * One write at a time per file, and only the newest data: a burst of changes costs at
 * most two writes, and an older snapshot never lands after a newer one.
 */
function latestWins(file: string, warn: (message: string) => void): (data: unknown) => void {
  let pending: string | undefined
  let writing = false
  async function drain(): Promise<void> {
    writing = true
    while (pending !== undefined) {
      const text = pending
      pending = undefined
      await writeFileAtomic(file, text).catch((error: Error) => warn(`could not save ${file}: ${error.message}`))
    }
    writing = false
  }
  return (data) => {
    // Snapshot now: the server mutates its state object in place.
    pending = `${JSON.stringify(data, null, 2)}\n`
    if (!writing)
      void drain()
  }
}
