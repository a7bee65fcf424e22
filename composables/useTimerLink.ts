import { configs } from '@slidev/client'
import { computed, ref, type ComputedRef, type MaybeRefOrGetter, toValue } from 'vue'
import { NETWORK_PATH } from '../lib/sync/endpoints.ts'

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1'])
const networkOrigin = ref<string>()
let asked = false

/** The dev server's first LAN address, asked once: a presenter on localhost cannot hand that to a phone. */
function askNetworkOrigin(): void {
  if (asked || !import.meta.env.DEV)
    return
  asked = true
  fetch(`${import.meta.env.BASE_URL.replace(/\/$/, '')}${NETWORK_PATH}`, { cache: 'no-store' })
    .then(response => response.json() as Promise<{ urls: string[] }>)
    .then(({ urls }) => { networkOrigin.value = urls[0] })
    .catch(() => {})
}

/**
 * Where a phone at a table finds a timer: `/timer/<id>` on an address the phone can
 * reach. Only when the deck runs with `--remote` (otherwise the dev server listens on
 * localhost only): the address the page was opened on if that is not localhost, else
 * the dev server's first LAN address. Undefined when there is none.
 */
export function useTimerLink(id: MaybeRefOrGetter<string>): ComputedRef<string | undefined> {
  const remote = typeof configs.remote === 'string'
  if (!remote || typeof window === 'undefined')
    return computed(() => undefined)
  const here = window.location
  const reachable = !LOOPBACK.has(here.hostname)
  if (!reachable)
    askNetworkOrigin()
  return computed(() => {
    const path = `timer/${encodeURIComponent(toValue(id))}`
    if (reachable)
      return new URL(`${import.meta.env.BASE_URL}${path}`, here.origin).href
    return networkOrigin.value ? new URL(path, networkOrigin.value).href : undefined
  })
}
