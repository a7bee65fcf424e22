import { onScopeDispose, readonly, ref, watch, type Ref, type WatchSource } from 'vue'
import { useServerClock } from './useServerClock.ts'

/** How often running timers recompute their remaining time (contract §4: at least 4 times a second). */
export const TICK_MS = 100

const now = ref(0)
const runningCounts = new Map<symbol, boolean>()
let interval: ReturnType<typeof setInterval> | undefined

function refresh(): void {
  const wanted = [...runningCounts.values()].some(Boolean)
  if (wanted && interval === undefined)
    interval = setInterval(() => { now.value = useServerClock().now() }, TICK_MS)
  else if (!wanted && interval !== undefined) {
    clearInterval(interval)
    interval = undefined
  }
}

/**
 * The server's time as this page sees it, refreshed every TICK_MS while any timer on the
 * page runs: one interval for the whole page, however many views of a timer it shows.
 */
export function useServerNow(running: WatchSource<boolean>): Readonly<Ref<number>> {
  const clock = useServerClock()
  const id = Symbol('timer view')
  watch([running, clock.offsetMs], ([on]) => {
    now.value = clock.now()
    runningCounts.set(id, on)
    refresh()
  }, { immediate: true })
  onScopeDispose(() => {
    runningCounts.delete(id)
    refresh()
  })
  return readonly(now)
}
