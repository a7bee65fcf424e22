import { shallowReadonly, shallowRef, watch, type ShallowRef } from 'vue'
import initial, { socket } from 'virtual:seminarkit/live'
import { connectViteSocket, VITE_CONNECT_EVENT, type ServerChannel } from '../adapters/vite-socket.ts'
import { applyCommand, type LiveDeck } from '../lib/live/apply.ts'
import type { Command, CommandResult } from '../lib/live/commands.ts'
import { LIVE_EVENT, LIVE_PATHS } from '../lib/live/protocol.ts'
import { refusal } from '../lib/live/refusal.ts'
import { defaultLiveState, isNewer, LIVE_KEYS, LiveStateSchemas, type LiveSnapshot, type LiveState } from '../lib/live/state.ts'
import { combineViews, ownViewIsStale, seesUnapproved } from '../lib/live/view.ts'
import { useLiveDeck } from './useLiveDeck.ts'
import { useSession } from './useSession.ts'

export interface LiveStateHandle {
  /** The day's live state as the server decided it; replaced whole, never changed in place. */
  state: Readonly<ShallowRef<LiveState>>
  /** Asks for a change; resolves with the server's answer (a refusal carries its code and reason). */
  send: (command: Command) => Promise<CommandResult>
}

const base = () => import.meta.env.BASE_URL.replace(/\/$/, '')

/**
 * The dev server decides: commands go over HTTP, every applied change comes back to all
 * views over Vite's websocket. The page starts from the state embedded when it loaded.
 * Both carry the room's view (lib/live/view.ts); a browser that sees more (the presenter,
 * a table's phone) fetches its own view with its session when the moderated keys change.
 */
function serverLiveState(first: LiveSnapshot, channel: ServerChannel): LiveStateHandle {
  const session = useSession()
  const seesMore = () => seesUnapproved({ role: session.role.value, table: session.table.value })
  let room = first
  let own: LiveSnapshot | undefined
  const state = shallowRef(first.state)
  const show = () => { state.value = combineViews(room, seesMore() ? own : undefined) }
  const fetchView = () => {
    const privileged = seesMore()
    return fetch(`${base()}${LIVE_PATHS.state}`, { cache: 'no-store' })
      .then(response => response.json() as Promise<LiveSnapshot>)
      .then((snapshot) => {
        // The server answers with this session's view; one that changed meanwhile asks again.
        if (privileged !== seesMore())
          return
        if (privileged && isNewer(snapshot, own))
          own = snapshot
        if (!privileged && isNewer(snapshot, room))
          room = snapshot
        show()
      }, () => {})
  }
  channel.on(LIVE_EVENT, (snapshot: LiveSnapshot) => {
    if (!isNewer(snapshot, room))
      return
    room = snapshot
    show()
    if (seesMore() && ownViewIsStale(room, own))
      void fetchView()
  })
  // Signing in (the presenter's secret, a table card's token) changes what this browser sees.
  watch([session.role, session.table], () => {
    own = undefined
    if (seesMore())
      void fetchView()
    else
      show()
  }, { immediate: true })
  // A phone that slept, a tab the browser froze, a network that dropped: whatever was
  // broadcast meanwhile, ask for the state as it is now.
  const catchUp = () => {
    if (document.visibilityState === 'visible')
      void fetchView()
  }
  for (const event of ['visibilitychange', 'resume'])
    document.addEventListener(event, catchUp)
  window.addEventListener('online', catchUp)
  // A socket that (re)connects after the page's state was embedded may have missed a broadcast.
  channel.on(VITE_CONNECT_EVENT, catchUp)
  return {
    state: shallowReadonly(state),
    async send(command) {
      try {
        const response = await fetch(`${base()}${LIVE_PATHS.command}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(command),
        })
        return await response.json() as CommandResult
      }
      catch {
        return refusal(409, 'offline')
      }
    },
  }
}

/**
 * Without a dev server (a static build, a component test) this browser is the server: the
 * same pure transition runs here, kept in localStorage and shared with the other tabs.
 */
export function localLiveState(deck: LiveDeck, storageKey?: string): LiveStateHandle & { reset: () => void } {
  const state = shallowRef(restore(storageKey))
  if (storageKey && typeof window !== 'undefined') {
    window.addEventListener('storage', (event) => {
      if (event.key === storageKey)
        state.value = restore(storageKey)
    })
  }
  return {
    state: shallowReadonly(state),
    async send(command) {
      const applied = applyCommand(state.value, command, Date.now(), deck)
      if (!applied.ok)
        return applied
      state.value = applied.state
      if (storageKey)
        localStorage.setItem(storageKey, JSON.stringify(applied.state))
      return { ok: true, version: 0 }
    },
    reset() {
      state.value = defaultLiveState()
    },
  }
}

/** A stored state, each key validated: a tampered or outdated entry falls back to its default. */
function restore(storageKey: string | undefined): LiveState {
  const defaults = defaultLiveState()
  if (!storageKey || typeof localStorage === 'undefined')
    return defaults
  let stored: Record<string, unknown> = {}
  try {
    stored = JSON.parse(localStorage.getItem(storageKey) ?? '{}') as Record<string, unknown>
  }
  catch {}
  const state = { ...defaults }
  for (const key of LIVE_KEYS) {
    const parsed = LiveStateSchemas[key].safeParse(stored[key])
    if (parsed.success)
      Object.assign(state, { [key]: parsed.data })
  }
  return state
}

/**
 * How this page hears the dev server's broadcasts, decided here only: inside the deck,
 * Vite's own client (`import.meta.hot`); in the phone app, which is a built bundle
 * without one, a socket of its own to the same server, with the token the server put
 * in the page. None in a static build.
 */
function serverChannel(): ServerChannel | undefined {
  if (import.meta.hot)
    return import.meta.hot
  if (!socket)
    return undefined
  const url = new URL(import.meta.env.BASE_URL, window.location.href)
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:'
  return connectViteSocket({ url: url.href, token: socket.token, reload: () => window.location.reload() })
}

let live: LiveStateHandle | undefined

/** The one live state of this page: the dev server's when there is one, else this browser's. */
export function useLiveState(): LiveStateHandle {
  if (!live) {
    const channel = initial ? serverChannel() : undefined
    live = initial && channel
      ? serverLiveState(initial, channel)
      : localLiveState(useLiveDeck(), `seminarkit:live:${import.meta.env.BASE_URL}`)
  }
  return live
}
