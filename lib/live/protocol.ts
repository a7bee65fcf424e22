/**
 * How clients and the dev server talk about the live state (scripts/support/live/plugin.ts
 * serves it, composables/useLiveState.ts uses it). Commands go over HTTP so a refusal has
 * a status and a reason; the state comes back over Vite's own websocket.
 */

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

/** The websocket event that carries the room's `LiveSnapshot` (lib/live/view.ts) after every applied command. */
export const LIVE_EVENT = 'seminarkit:state'

/** Pages for phones at the tables: they show and run timers, never move the presentation. */
export const PHONE_PAGES = ['/timer', '/table', '/survey'] as const

/** The cookie that holds a signed-in browser's session; per port, as cookies ignore ports. */
export function sessionCookieName(port: number): string {
  return `seminarkit-session-${port}`
}
