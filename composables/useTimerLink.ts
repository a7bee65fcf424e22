import { computed, type ComputedRef, type MaybeRefOrGetter, toValue } from 'vue'
import { useFacilitatorToken } from './useFacilitatorToken.ts'
import { usePhoneOrigin } from './usePhoneOrigin.ts'
import { useSession } from './useSession.ts'

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
  const phoneUrl = usePhoneOrigin()
  return computed(() => {
    if (!session.remote.value)
      return undefined
    const timer = toValue(id)
    const path = `timer${timer ? `/${encodeURIComponent(timer)}` : ''}${token.value ? `?token=${encodeURIComponent(token.value)}` : ''}`
    return phoneUrl(path).value
  })
}
