import type { Messages } from '../i18n/messages.ts'
import { translate, type Params } from '../i18n/translate.ts'

/** Why the server says no: a stable code, named in the catalogue's `refusal` group (lib/i18n/messages.ts). */
export type RefusalCode = keyof Messages['refusal']

/**
 * A request the server refused. Pages show `code` with `params` in the deck's language
 * (composables/useRefusalText.ts); `reason` is the same in English, for curl and the logs.
 */
export interface Refusal {
  ok: false
  /** HTTP-like: 400 malformed, 403 not allowed for this role, 404 unknown target, 409 not now, 413 too large. */
  status: 400 | 403 | 404 | 405 | 409 | 413 | 500
  code: RefusalCode
  params: Params
  reason: string
}

export function refusal(status: Refusal['status'], code: RefusalCode, params: Params = {}): Refusal {
  return { ok: false, status, code, params, reason: translate('en', `refusal.${code}`, params) }
}
