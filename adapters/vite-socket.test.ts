import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createServer, type ViteDevServer } from 'vite'
import WebSocket from 'ws'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { connectViteSocket, VITE_CONNECT_EVENT, VITE_PING_PROTOCOL, VITE_SOCKET_PROTOCOL, type SocketLike } from './vite-socket.ts'

// Against a real Vite dev server: the phone app's socket must be one Vite accepts from a
// browser, and must hear what our plugin broadcasts with `server.hot.send`.
const root = mkdtempSync(join(tmpdir(), 'seminarkit-vite-socket-'))
const ORIGIN = 'http://phone.local'
const servers: ViteDevServer[] = []
const channels: { close: () => void }[] = []

async function serve(port = 0): Promise<{ server: ViteDevServer, url: string }> {
  const server = await createServer({ configFile: false, root, logLevel: 'silent', server: { port, strictPort: port !== 0, host: '127.0.0.1' } })
  await server.listen()
  servers.push(server)
  const address = server.httpServer!.address() as { port: number }
  return { server, url: `ws://127.0.0.1:${address.port}/` }
}

/** A socket as a browser opens it: with an Origin, so Vite asks for its token. */
const browserSocket = (url: string, protocol: string): SocketLike => new WebSocket(url, protocol, { origin: ORIGIN }) as unknown as SocketLike

function connect(url: string, token: string, reload = () => {}) {
  const channel = connectViteSocket({ url, token, open: browserSocket, reload, retryMs: 50 })
  channels.push(channel)
  return channel
}

const next = (channel: { on: (event: string, listener: (data: any) => void) => void }, event: string) =>
  new Promise<unknown>(resolve => channel.on(event, resolve))

afterEach(async () => {
  channels.splice(0).forEach(channel => channel.close())
  await Promise.all(servers.splice(0).map(server => server.close()))
})

afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('the phone app\'s socket to Vite\'s dev server', () => {
  it('speaks what Vite\'s own client speaks', () => {
    const client = readFileSync(join(import.meta.dirname, '../node_modules/vite/dist/client/client.mjs'), 'utf8')
    expect(client).toContain(`?token=\${wsToken}\`, "${VITE_SOCKET_PROTOCOL}")`)
    expect(client).toContain(`event: "${VITE_CONNECT_EVENT}"`)
    expect(client).toContain(`"${VITE_PING_PROTOCOL}"`)
  })

  it('hears a plugin\'s broadcast once connected with the server\'s token', async () => {
    const { server, url } = await serve()
    const channel = connect(url, server.config.webSocketToken)
    await next(channel, VITE_CONNECT_EVENT)
    const heard = next(channel, 'seminarkit:test')
    server.hot.send({ type: 'custom', event: 'seminarkit:test', data: { version: 7 } })
    expect(await heard).toEqual({ version: 7 })
  })

  it('is refused without the token: why the server puts it in the page', async () => {
    const { url } = await serve()
    const socket = new WebSocket(`${url}?token=wrong`, VITE_SOCKET_PROTOCOL, { origin: ORIGIN })
    const outcome = await new Promise<string>((resolve) => {
      socket.on('open', () => resolve('open'))
      socket.on('error', () => resolve('refused'))
    })
    socket.terminate()
    expect(outcome).toBe('refused')
  })

  it('reconnects after the socket drops, and says so, so the page can ask what it missed', async () => {
    const { server, url } = await serve()
    let reloaded = false
    const channel = connect(url, server.config.webSocketToken, () => { reloaded = true })
    await next(channel, VITE_CONNECT_EVENT)
    const again = next(channel, VITE_CONNECT_EVENT)
    for (const client of server.ws.clients)
      client.socket.terminate()
    await again
    const heard = next(channel, 'seminarkit:test')
    server.hot.send({ type: 'custom', event: 'seminarkit:test', data: 'after' })
    expect(await heard).toBe('after')
    expect(reloaded).toBe(false)
  })

  it('reloads the page when the server came back with another token (it restarted)', async () => {
    const first = await serve()
    const port = Number(new URL(first.url).port)
    let reloaded = false
    const channel = connect(first.url, first.server.config.webSocketToken, () => { reloaded = true })
    await next(channel, VITE_CONNECT_EVENT)
    await first.server.close()
    const second = await serve(port)
    expect(second.server.config.webSocketToken).not.toBe(first.server.config.webSocketToken)
    await expect.poll(() => reloaded, { timeout: 5000 }).toBe(true)
  })
})
