/**
 * Everything seminarkit knows about Slidev's internals, in one place. Each fact here is
 * checked against the installed Slidev by slidev.test.ts, so an upgrade that changes one
 * fails a test instead of silently opening a hole or breaking a page.
 *
 * No Node or Vue imports: the dev server's guard and the browser both use this module.
 */

/** vite-plugin-vue-server-ref's write routes: POST `<prefix><key>` with `{ source, patch | data, timestamp }`. */
export const SERVER_REF_PREFIXES = ['/@server-ref/', '/@server-reactive/'] as const

/** The server-ref keys Slidev syncs itself. Only `nav` is used by a seminarkit deck. */
export const SLIDEV_SYNC_KEYS = ['nav', 'drawings', 'snapshots', 'sync'] as const

/** vite-plugin-vue-server-ref's switch on a synced object: false stops this page sending its changes. */
export const SERVER_REF_SYNC_UP = '$syncUp'

/** vite-plugin-vue-server-ref writes `undefined` as this string. */
export const SERVER_REF_UNDEFINED = '__UNDEFINED___'

/** Slidev's routes that change files or the presentation (besides server-ref). */
export const SLIDE_SOURCE_ROUTE = /^\/__slidev\/slides\/\d+\.json$/
export const MCP_ROUTE = '/__mcp'

/** Slidev provides the slide's render context ('slide', 'presenter', 'print', …) under this injection key. */
export const RENDER_CONTEXT_KEY = '$$slidev-render-context'

/** A static build syncs the presentation's position between tabs on `${title}${NAV_CHANNEL_SUFFIX}`. */
export const NAV_CHANNEL_SUFFIX = ' - shared'

/** Slidev's route names for a slide in the audience view (`/:no`) and in the presenter view (`/presenter/:no`). */
export const SLIDE_ROUTE = 'play'
export const PRESENTER_ROUTE = 'presenter'

/** The slice of Node's IncomingMessage that Slidev's body readers use. */
interface Readable {
  on: (event: string, listener: (...args: any[]) => void) => unknown
}

/**
 * Hands a request body we already read (to check it) to the handlers after us. Slidev's
 * and vite-plugin-vue-server-ref's handlers read the body with `req.on('data' | 'end')`,
 * synchronously as they start; they get the same bytes, in order, on the next microtasks.
 */
export function replayBody<R extends Readable>(request: R, body: string): R {
  const on = request.on.bind(request)
  request.on = (event: string, listener: (...args: any[]) => void) => {
    if (event === 'data') {
      if (body.length > 0)
        queueMicrotask(() => listener(body))
      return request
    }
    if (event === 'end') {
      queueMicrotask(() => listener())
      return request
    }
    return on(event, listener)
  }
  return request
}
