import { readonly, ref, watch, type Ref } from 'vue'
import { LIVE_PATHS } from '../lib/live/protocol.ts'
import { useSession } from './useSession.ts'

interface IssuedToken { id: string, token: string }

const LABEL = 'facilitators'
const issued = ref<IssuedToken>()
let started = false

const url = () => `${import.meta.env.BASE_URL.replace(/\/$/, '')}${LIVE_PATHS.tokens}`

async function post(body: object): Promise<{ ok: boolean, token?: IssuedToken }> {
  const response = await fetch(url(), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
  return await response.json() as { ok: boolean, token?: IssuedToken }
}

export interface FacilitatorToken {
  /** The token a table timer's QR code carries; only the presenter's browser knows it. */
  token: Readonly<Ref<string | undefined>>
  /** Revokes the token at once (phones that used it can no longer run timers) and issues a new one. */
  reissue: () => Promise<void>
}

/** The facilitators' token, with `--remote`, for the presenter's QR codes. */
export function useFacilitatorToken(): FacilitatorToken {
  const session = useSession()
  if (!started && import.meta.env.DEV) {
    started = true
    watch(() => session.remote.value && session.role.value === 'presenter', async (presenter) => {
      issued.value = presenter ? (await post({ label: LABEL }).catch(() => undefined))?.token : undefined
    }, { immediate: true })
  }
  const token = ref<string>()
  watch(issued, value => token.value = value?.token, { immediate: true })
  return {
    token: readonly(token),
    async reissue() {
      if (issued.value)
        await post({ revoke: issued.value.id })
      issued.value = (await post({ label: LABEL })).token
    },
  }
}
