import { computed, ref, type ComputedRef } from 'vue'
import { LIVE_PATHS } from '../lib/live/protocol.ts'

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
 * A phone's way to a page of this deck: `phoneUrl("timer/x")` is an address a phone on the
 * LAN can open (this page's own when it is not on loopback), undefined until it is known.
 */
export function usePhoneOrigin(): (path: string) => ComputedRef<string | undefined> {
  if (typeof window === 'undefined')
    return () => computed(() => undefined)
  const here = window.location
  const reachable = !LOOPBACK.has(here.hostname)
  return path => computed(() => {
    if (reachable)
      return new URL(`${import.meta.env.BASE_URL}${path}`, here.origin).href
    askNetworkOrigin()
    return networkOrigin.value ? new URL(path, networkOrigin.value).href : undefined
  })
}
