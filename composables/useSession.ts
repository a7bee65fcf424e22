import { readonly, ref, type Ref } from 'vue'
import { mayRun, type Role } from '../lib/live/access.ts'
import type { CommandType } from '../lib/live/commands.ts'
import { LIVE_PATHS } from '../lib/live/protocol.ts'
import { refusal, type Refusal } from '../lib/live/refusal.ts'

export interface Session {
  /** The deck runs with `--remote`: changes need the secret or a facilitator's QR code. */
  remote: Readonly<Ref<boolean>>
  role: Readonly<Ref<Role>>
  /** With role `table`: the number on the table card this browser signed in with. */
  table: Readonly<Ref<number | undefined>>
  /** Whether this browser may send a command of this type (pages hide the buttons it may not use). */
  may: (type: CommandType) => boolean
  /** Signs in with the presenter's secret or a token; resolves with the refusal when refused. */
  signIn: (credential: { secret: string } | { token: string }) => Promise<Refusal | undefined>
  /** Settles once the first answer about this browser (or its `?token=` sign-in) is in. */
  ready: Promise<void>
}

const remote = ref(false)
// Presenter until the server says otherwise: on loopback (no --remote) everyone is.
const role = ref<Role>(import.meta.env.DEV ? 'viewer' : 'presenter')
const table = ref<number>()
let session: Session | undefined

const url = (path: string) => `${import.meta.env.BASE_URL.replace(/\/$/, '')}${path}`

async function ask(init?: RequestInit): Promise<Refusal | undefined> {
  try {
    const response = await fetch(url(LIVE_PATHS.session), { cache: 'no-store', ...init })
    const body = await response.json() as { ok?: undefined, remote?: boolean, role?: Role, table?: number } | Refusal
    if (body.ok === false)
      return body
    remote.value = body.remote === true
    role.value = body.role ?? 'viewer'
    table.value = body.table
    return undefined
  }
  catch {
    return refusal(409, 'offline')
  }
}

/**
 * Who this browser is to the dev server (contract §5). A QR code's `?token=` (a
 * facilitator's or a table card's) signs the phone in once and leaves the address bar;
 * the session then lives in an HttpOnly cookie.
 */
export function useSession(): Session {
  if (session)
    return session
  const signIn: Session['signIn'] = credential => ask({
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(credential),
  })
  let ready = Promise.resolve()
  if (import.meta.env.DEV && typeof window !== 'undefined') {
    const here = new URL(window.location.href)
    const token = here.searchParams.get('token')
    if (token) {
      here.searchParams.delete('token')
      window.history.replaceState(window.history.state, '', here.href)
      ready = signIn({ token }).then(() => {})
    }
    else {
      ready = ask().then(() => {})
    }
  }
  session = { remote: readonly(remote), role: readonly(role), table: readonly(table), may: type => mayRun(role.value, type), signIn, ready }
  return session
}
