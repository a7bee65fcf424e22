import type { Plugin } from 'vite'
import { CLOCK_PATH, NETWORK_PATH } from '../../lib/sync/endpoints.ts'

/**
 * Tells clients the server's clock, so a phone whose clock is minutes off still shows
 * the right remaining time (composables/useServerClock.ts), and the dev server's LAN
 * addresses, for the QR code that sends phones to a table timer.
 */
export function serverClockPlugin(): Plugin {
  return {
    name: 'seminarkit:server-clock',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = request.url?.split('?')[0] ?? ''
        const isClock = path.endsWith(CLOCK_PATH)
        if (!isClock && !path.endsWith(NETWORK_PATH))
          return next()
        const body = isClock
          ? { now: Date.now() }
          : { urls: server.resolvedUrls?.network ?? [] }
        response.setHeader('Content-Type', 'application/json')
        response.setHeader('Cache-Control', 'no-store')
        response.end(JSON.stringify(body))
      })
    },
  }
}
