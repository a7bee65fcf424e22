import type { Page } from 'playwright-core'
import WebSocket from 'ws'
import { LIVE_EVENT } from '../lib/live/protocol.ts'
import type { BenchCase, BenchContext, BenchServer } from './case.ts'
import { armStateWatch, clickControl, countdownState, now, openPage, PHONE, seenAt, TIMER_ID, TIMER_SLIDE, visibleCountdown, waitForState } from './support/pages.ts'
import { cpuPercent, processUsage } from './support/process-usage.ts'
import { percentile, round3 } from './support/stats.ts'

/** Real table-timer pages among the clients (each a Chromium page; the rest are websockets). */
const REAL_PAGES = 3
const SMOKE_REAL_PAGES = 1
const STARTS_PER_SIZE = 5
const WAIT_MS = 15_000

/** What a table-timer page listens to: the live state on Vite's own websocket. */
interface LightClient {
  socket: WebSocket
  /** The real time this client first saw the timer running since it was last armed. */
  sawRunning: number | null
}

async function connect(server: BenchServer): Promise<LightClient> {
  const url = new URL(server.baseURL)
  const socket = new WebSocket(`ws://127.0.0.1:${url.port}/`, 'vite-hmr')
  const client: LightClient = { socket, sawRunning: null }
  socket.on('message', (raw) => {
    if (client.sawRunning !== null)
      return
    const message = JSON.parse(raw.toString()) as { type?: string, event?: string, data?: { state?: { timers?: { timers?: Record<string, { status?: string }> } } } }
    if (message.type === 'custom' && message.event === LIVE_EVENT && message.data?.state?.timers?.timers?.[TIMER_ID]?.status === 'running')
      client.sawRunning = now()
  })
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve())
    socket.once('error', reject)
  })
  return client
}

const realPages = (context: BenchContext) => context.smoke ? SMOKE_REAL_PAGES : REAL_PAGES

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + WAIT_MS
  while (!condition()) {
    if (Date.now() > deadline)
      throw new Error(`${what} within ${WAIT_MS / 1000} s`)
    await new Promise(resolve => setTimeout(resolve, 5))
  }
}

interface SizeResult { clients: number, p50: number, p95: number, cpu: number | null, rssMb: number | null }

/** Starts the timer `STARTS_PER_SIZE` times from the presenter view and times its arrival at every client. */
async function measureSize(context: BenchContext, presenter: Page, clients: number): Promise<SizeResult> {
  const server = await context.devServer()
  const browser = await context.browser()
  const pages = await Promise.all(Array.from({ length: Math.min(realPages(context), clients) }, () => openPage(browser, `${server.baseURL}/timer/${TIMER_ID}`, PHONE)))
  const light: LightClient[] = []
  try {
    await Promise.all(pages.map(page => visibleCountdown(page).waitFor({ timeout: 120_000 })))
    for (let i = pages.length; i < clients; i++)
      light.push(await connect(server))
    const latencies: number[] = []
    const before = server.pid === null ? null : processUsage(server.pid)
    for (let start = 0; start < (context.smoke ? 1 : STARTS_PER_SIZE); start++) {
      if (await countdownState(presenter) !== 'idle')
        await clickControl(presenter, 'reset')
      await Promise.all([presenter, ...pages].map(page => waitForState(page, 'idle')))
      light.forEach((client) => { client.sawRunning = null })
      await Promise.all(pages.map(page => armStateWatch(page, 'running')))
      const clicked = await clickControl(presenter, 'start')
      const seen = await Promise.all(pages.map(page => seenAt(page, WAIT_MS)))
      await until(() => light.every(client => client.sawRunning !== null), `not every one of ${light.length} websocket clients saw the start`)
      latencies.push(...seen.map(at => at - clicked), ...light.map(client => client.sawRunning! - clicked))
    }
    const after = server.pid === null ? null : processUsage(server.pid)
    return {
      clients,
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      cpu: before && after ? cpuPercent(before, after) : null,
      rssMb: after ? after.rssBytes / 2 ** 20 : null,
    }
  }
  finally {
    light.forEach(client => client.socket.terminate())
    await Promise.all(pages.map(page => page.context().close()))
  }
}

const describe = (size: SizeResult) =>
  `${size.clients}: p95 ${round3(size.p95)} ms (p50 ${round3(size.p50)}), server ${size.cpu === null ? 'CPU and memory not measured' : `${Math.round(size.cpu)} % of a core over the starts, ${Math.round(size.rssMb ?? 0)} MB resident`}`

export const cases: BenchCase[] = [
  {
    name: 'phones-200',
    unit: 'ms',
    baseline: null,
    async measure(context) {
      const sizes = context.smoke ? [6] : [50, 200, 500]
      const { baseURL } = await context.devServer()
      const presenter = await openPage(await context.browser(), `${baseURL}/presenter/${TIMER_SLIDE}`)
      try {
        await visibleCountdown(presenter).waitFor({ timeout: 120_000 })
        const results: SizeResult[] = []
        for (const size of sizes)
          results.push(await measureSize(context, presenter, size))
        if (await countdownState(presenter) !== 'idle')
          await clickControl(presenter, 'reset')
        const main = results.find(result => result.clients === 200) ?? results[results.length - 1]!
        return {
          ours: main.p95,
          baseline: null,
          note: `start in the presenter view until every table-timer client has it running, ${context.smoke ? 1 : STARTS_PER_SIZE} starts; ${Math.min(realPages(context), main.clients)} real Chromium pages, the rest websocket clients of the dev server; ${results.map(describe).join('; ')}`,
        }
      }
      finally {
        await presenter.context().close()
      }
    },
  },
]
