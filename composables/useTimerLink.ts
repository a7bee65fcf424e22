import { computed, ref, type ComputedRef, type MaybeRefOrGetter, toValue } from 'vue'
import { LIVE_PATHS } from '../lib/live/protocol.ts'
import { useFacilitatorToken } from './useFacilitatorToken.ts'
import { useSession } from './useSession.ts'

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1'])
const networkOrigin = ref<string>()
let asked = false

/** The dev server's first LAN address, asked once: a presenter on localhost cannot hand that to a phone. */
function askNetworkOrigin(): void {
  if (asked || !import.meta.env.DEV)
    return
  asked = true
  fetch(`${import.meta.env.BASE_URL.replace(/\/$/, '')}${LIVE_PATHS.network}`, { cache: 'no-store' })
    .then(response => response.json() as Promise<{ urls: string[] }>)
    .then(({ urls }) => { networkOrigin.value = urls[0] })
    .catch(() => {})
}

/**
 * Where a phone at a table finds a timer: `/timer/<id>` (or `/timer`, the timer started
 * last, for an empty id) on an address the phone can
 * reach, only when the deck runs with `--remote` (otherwise the dev server listens on
 * localhost only). In the presenter's browser the link carries the facilitators' token,
 * so the phone that scans it may run the timer; anywhere else it only shows it.
 */
export function useTimerLink(id: MaybeRefOrGetter<string>): ComputedRef<string | undefined> {
  const session = useSession()
  const { token } = useFacilitatorToken()
  if (typeof window === 'undefined')
    return computed(() => undefined)
  const here = window.location
  const reachable = !LOOPBACK.has(here.hostname)
  return computed(() => {
    if (!session.remote.value)
      return undefined
    if (!reachable)
      askNetworkOrigin()
    const timer = toValue(id)
    const path = `timer${timer ? `/${encodeURIComponent(timer)}` : ''}${token.value ? `?token=${encodeURIComponent(token.value)}` : ''}`
    if (reachable)
      return new URL(`${import.meta.env.BASE_URL}${path}`, here.origin).href
    return networkOrigin.value ? new URL(path, networkOrigin.value).href : undefined
  })
}
