import { readonly, ref, type Ref } from 'vue'
import { estimateOffset, type ClockSample } from '../lib/timer/clock-offset.ts'
import { LIVE_PATHS } from '../lib/live/protocol.ts'

export interface ServerClock {
  /** Milliseconds to add to this device's clock to get the server's; 0 without a server. */
  offsetMs: Readonly<Ref<number>>
  /** The server's time now, as well as this device can tell. */
  now: () => number
  /** Settles once the first estimate is in (at once in a static build). */
  ready: Promise<void>
}

const SAMPLES = 5
const RESYNC_MS = 60_000

const offsetMs = ref(0)
let clock: ServerClock | undefined

async function sample(): Promise<ClockSample> {
  const sentAt = Date.now()
  const response = await fetch(`${import.meta.env.BASE_URL.replace(/\/$/, '')}${LIVE_PATHS.clock}`, { cache: 'no-store' })
  const { now } = await response.json() as { now: number }
  return { sentAt, serverNow: now, receivedAt: Date.now() }
}

async function measure(): Promise<void> {
  const samples: ClockSample[] = []
  try {
    for (let i = 0; i < SAMPLES; i++)
      samples.push(await sample())
  }
  catch {
    // Server gone (restarting, or the laptop asleep): keep the last estimate.
  }
  const estimate = estimateOffset(samples)
  if (estimate)
    offsetMs.value = estimate.offsetMs
}

/**
 * This device's offset to the dev server's clock, measured NTP-style on first use and
 * again every minute and whenever the page wakes up (a phone's clock drifts or gets
 * corrected). In a static build there is no server: the offset stays 0.
 */
export function useServerClock(): ServerClock {
  if (clock)
    return clock
  let ready: Promise<void> = Promise.resolve()
  if (import.meta.env.DEV && typeof window !== 'undefined') {
    ready = measure()
    setInterval(() => void measure(), RESYNC_MS)
    const wake = () => {
      if (document.visibilityState === 'visible')
        void measure()
    }
    document.addEventListener('visibilitychange', wake)
    document.addEventListener('resume', wake)
  }
  clock = { offsetMs: readonly(offsetMs), now: () => Date.now() + offsetMs.value, ready }
  return clock
}
