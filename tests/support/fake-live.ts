import { ref, shallowRef } from 'vue'
import { deck as fixture } from '../fixtures/decks/mini/index.ts'
import { applyCommand } from '../../lib/live/apply.ts'
import type { Command, CommandResult } from '../../lib/live/commands.ts'
import { liveDeck } from '../../lib/live/deck.ts'
import { defaultLiveState, type LiveState } from '../../lib/live/state.ts'

/**
 * The live state in component tests: no dev server, but the server's own pure transition
 * (lib/live/apply.ts) with the test's (fake) clock, so components are tested against the
 * decisions the server would make. A test sets a starting state with `setLive`.
 */
const deck = liveDeck(fixture)
// Timers only these tests use, as a deck would define them.
for (const [id, minutes] of [['a', 5], ['b', 10], ['loud', 1], ['quiet', 1], ['pause', 15]] as const)
  (deck.timers as Map<string, { plannedMs: number }>).set(id, { plannedMs: minutes * 60_000 })

const state = shallowRef<LiveState>(defaultLiveState())
export const sent: Command[] = []

export function setLive(change: (state: LiveState) => Partial<LiveState>): void {
  state.value = { ...state.value, ...change(state.value) }
}

export function resetLive(): void {
  state.value = defaultLiveState()
  sent.length = 0
}

export function liveState(): LiveState {
  return state.value
}

export const fakeLiveModule = {
  useLiveState: () => ({
    state,
    async send(command: Command): Promise<CommandResult> {
      sent.push(command)
      const applied = applyCommand(state.value, command, Date.now(), deck)
      if (!applied.ok)
        return applied
      state.value = applied.state
      return { ok: true, version: 0 }
    },
  }),
}

export const fakeServerClockModule = {
  useServerClock: () => ({ offsetMs: ref(0), now: () => Date.now(), ready: Promise.resolve() }),
}

/** A browser the server treats as the presenter (loopback, or signed in with the secret). */
export const fakePresenterSessionModule = {
  useSession: () => ({ remote: ref(false), role: ref('presenter'), table: ref(undefined), may: () => true, signIn: async () => undefined, ready: Promise.resolve() }),
}
