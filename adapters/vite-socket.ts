/**
 * Vite's dev-server websocket, for a page that has no Vite client: the phone app, a
 * built bundle the dev server serves (scripts/support/phone/). It speaks what Vite's own
 * client speaks (vite/dist/client/client.mjs; vite-socket.test.ts checks it against the
 * installed Vite): subprotocol `vite-hmr`, the server's `?token=` (Vite refuses a
 * browser's socket without it), JSON messages, `{ type: "custom", event, data }` for a
 * plugin's broadcasts, and `vite:ws:connect` told to listeners on every (re)connection.
 *
 * No Vue or Node imports: the browser and the tests both use this module.
 */

export const VITE_SOCKET_PROTOCOL = 'vite-hmr'
/** Answered (and closed) by Vite without a token: "is the server up?" */
export const VITE_PING_PROTOCOL = 'vite-ping'
/** The event a listener hears when the socket (re)connects, as from Vite's client. */
export const VITE_CONNECT_EVENT = 'vite:ws:connect'
/** Vite's client keeps its socket alive with a ping this often (server.hmr.timeout). */
const PING_MS = 30_000

/** The part of `import.meta.hot` a live page listens with: both transports offer it. */
export interface ServerChannel {
  on: (event: string, listener: (data: any) => void) => void
}

/** The slice of the browser's WebSocket this adapter uses (the tests pass `ws`'s). */
export interface SocketLike {
  readonly readyState: number
  send: (data: string) => void
  close: () => void
  addEventListener: (type: 'open' | 'close' | 'error' | 'message', listener: (event: { data?: unknown }) => void) => void
}

export interface ViteSocketOptions {
  /** The server's websocket address: `ws://<host>:<port><base>`. */
  url: string
  /** The server's `webSocketToken`, which it put in the page. */
  token: string
  /** Opens a socket; the browser's WebSocket by default. */
  open?: (url: string, protocol: string) => SocketLike
  /** The server came back but refuses this page's token (it restarted): load the page again. */
  reload: () => void
  /** How long to wait before trying again while the server is out of reach. */
  retryMs?: number
}

const OPEN = 1

/**
 * Listens to the dev server's broadcasts, reconnecting until the page closes: a phone
 * that slept or lost the Wi-Fi hears `vite:ws:connect` again and can ask what it missed.
 */
export function connectViteSocket(options: ViteSocketOptions): ServerChannel & { close: () => void } {
  const open = options.open ?? ((url, protocol) => new WebSocket(url, protocol))
  const retryMs = options.retryMs ?? 1000
  const listeners = new Map<string, Set<(data: any) => void>>()
  const tell = (event: string, data: unknown) => listeners.get(event)?.forEach(listener => listener(data))
  let everOpened = false
  let closed = false
  let socket: SocketLike | undefined
  let retry: ReturnType<typeof setTimeout> | undefined
  let ping: ReturnType<typeof setInterval> | undefined

  const later = () => {
    if (!closed && retry === undefined)
      retry = setTimeout(() => { retry = undefined; connect() }, retryMs)
  }

  /** After a refused socket: a server that answers a ping has forgotten our token. */
  const checkRestart = () => {
    const probe = open(options.url, VITE_PING_PROTOCOL)
    let answered = false
    probe.addEventListener('error', () => {})
    probe.addEventListener('open', () => { answered = true })
    probe.addEventListener('close', () => answered && !closed ? options.reload() : later())
  }

  function connect(): void {
    const current = open(`${options.url}?token=${encodeURIComponent(options.token)}`, VITE_SOCKET_PROTOCOL)
    socket = current
    let opened = false
    // A refused or dropped socket is followed by `close`, where it is dealt with.
    current.addEventListener('error', () => {})
    current.addEventListener('open', () => {
      opened = true
      everOpened = true
      ping = setInterval(() => current.readyState === OPEN && current.send(JSON.stringify({ type: 'ping' })), PING_MS)
      tell(VITE_CONNECT_EVENT, undefined)
    })
    current.addEventListener('message', ({ data }) => {
      let message: { type?: unknown, event?: unknown, data?: unknown }
      try {
        message = JSON.parse(String(data)) as typeof message
      }
      catch {
        return
      }
      if (message.type === 'custom' && typeof message.event === 'string')
        tell(message.event, message.data)
    })
    current.addEventListener('close', () => {
      clearInterval(ping)
      if (closed)
        return
      // Refused although it worked before: the server may have restarted with a new token.
      if (!opened && everOpened)
        checkRestart()
      else
        later()
    })
  }

  connect()
  return {
    on(event, listener) {
      listeners.set(event, (listeners.get(event) ?? new Set()).add(listener))
    },
    close() {
      closed = true
      clearTimeout(retry)
      clearInterval(ping)
      socket?.close()
    },
  }
}
