import { reactive, ref } from 'vue'
import { emptyBoard, type TimerBoard } from '../../lib/timer/board.ts'
import { mergePatch, type DeepPartial } from '../../lib/sync/merge-patch.ts'

/**
 * Stand-ins for the synced timer board and the server clock in component tests (no
 * dev server, no `server-reactive:` modules). The clock is the test's (fake) Date.
 */
export const fakeBoard = reactive<TimerBoard>(emptyBoard())

export function resetFakeBoard(): void {
  fakeBoard.timers = {}
  fakeBoard.lastStartedId = null
}

export const fakeTimerBoardModule = {
  useTimerBoard: () => ({ state: fakeBoard, update: (patch: DeepPartial<TimerBoard>) => mergePatch(fakeBoard, patch) }),
}

export const fakeServerClockModule = {
  useServerClock: () => ({ offsetMs: ref(0), now: () => Date.now(), ready: Promise.resolve() }),
}
