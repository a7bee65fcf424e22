/**
 * How clients and the dev server talk about the live state (scripts/support/live/plugin.ts
 * serves it, composables/useLiveState.ts uses it). Commands go over HTTP so a refusal has
 * a status and a reason; the state comes back over Vite's own websocket.
 */

import type { LiveSnapshot } from './state.ts'

export const LIVE_PATHS = {
  /** POST a command (lib/live/commands.ts): `{ ok, version }` or a refusal (lib/live/refusal.ts). */
  command: '/__seminarkit/command',
  /** GET a `LiveSnapshot` with the state as this session may see it (lib/live/view.ts). */
  state: '/__seminarkit/state',
  /** GET `{ remote, role }`; POST `{ secret }` or `{ token }` to sign in (sets an HttpOnly cookie). */
  session: '/__seminarkit/session',
  /** GET `{ now }`: clients estimate their clock's offset from it. */
  clock: '/__seminarkit/clock',
  /** GET `{ urls }`: the dev server's LAN addresses for QR codes (only with --remote). */
  network: '/__seminarkit/network',
  /** Presenter only: GET the facilitator tokens; POST `{ label }` to issue, `{ revoke: id }` to revoke. */
  tokens: '/__seminarkit/tokens',
  /** POST a JPEG (`?table=<n>`, at most MAX_PHOTO_BYTES) to add a table's photo; GET `<path>/<id>.jpg`. */
  photo: '/__seminarkit/photo',
  /** A participant's survey: GET their view, POST `{ type: "answer", … }` or `{ type: "decline" }`. */
  survey: '/__seminarkit/survey',
  /** Presenter only: GET every survey member's personal token (issued on first use). */
  surveyTokens: '/__seminarkit/survey-tokens',
} as const

/** The module that gives a page the live state as it was when the page loaded (env.d.ts). */
export const LIVE_MODULE = 'virtual:seminarkit/live'

/** The websocket event that carries the room's `LiveSnapshot` (lib/live/view.ts) after every applied command. */
export const LIVE_EVENT = 'seminarkit:state'

/** A phone page's address: the phone app (phone/App.vue) shows it; it never moves the presentation. */
export type PhoneRoute =
  | { page: 'timer', id: string | undefined }
  | { page: 'table', table: string }
  | { page: 'survey' }

/**
 * The phone page a path names (contract §5: `/timer`, `/timer/<timer-id>`, `/table/<n>`,
 * `/survey`), or undefined. `path` is without the base and the query.
 */
export function phoneRoute(path: string): PhoneRoute | undefined {
  const match = /^\/(?:timer(?:\/([^/]+))?|table\/([^/]+)|(survey))\/?$/.exec(path)
  if (!match)
    return undefined
  const [, id, table, survey] = match
  const decode = (part: string) => {
    try {
      return decodeURIComponent(part)
    }
    catch {
      return part
    }
  }
  if (survey)
    return { page: 'survey' }
  if (table !== undefined)
    return { page: 'table', table: decode(table) }
  return { page: 'timer', id: id === undefined ? undefined : decode(id) }
}

/** Where the dev server serves the phone app's built files (scripts/support/phone/). */
export const PHONE_ASSETS = '/__seminarkit/phone/'

/** The element of a phone page that carries its `PhoneBoot`, as JSON. */
export const PHONE_BOOT_ID = 'seminarkit-boot'

/** What the dev server puts in a phone page: the live state now, and its websocket's token. */
export interface PhoneBoot {
  snapshot: LiveSnapshot
  socket: { token: string }
}

/** The cookie that holds a signed-in browser's session; per port, as cookies ignore ports. */
export function sessionCookieName(port: number): string {
  return `seminarkit-session-${port}`
}
