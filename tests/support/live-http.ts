import { expect } from 'vitest'
import type { LiveSnapshot } from '../../lib/live/state.ts'

/** A dev server's live state over HTTP, as a browser on the venue's network reaches it. */
export interface LiveHttp {
  /** Opens a session with a credential (`{ secret }`, `{ token }`) and returns its cookie. */
  signIn: (credential: object) => Promise<string>
  /** The live state as the holder of `cookie` sees it: the room's view without one. */
  snapshot: (cookie?: string) => Promise<LiveSnapshot>
}

export function liveHttp(baseURL: () => string): LiveHttp {
  return {
    async signIn(credential) {
      const response = await fetch(`${baseURL()}/__seminarkit/session`, { method: 'POST', body: JSON.stringify(credential) })
      expect(response.status).toBe(200)
      return response.headers.get('set-cookie')!.split(';')[0]!
    },
    async snapshot(cookie = '') {
      return await (await fetch(`${baseURL()}/__seminarkit/state`, { headers: { Cookie: cookie } })).json() as LiveSnapshot
    },
  }
}
