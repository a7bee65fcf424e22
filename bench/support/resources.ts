import type { ChildProcess } from 'node:child_process'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { launchChromium } from '../../scripts/support/chromium.ts'
import { startDevServer } from '../../tests/support/dev-server.ts'
import type { BenchContext, BenchServer } from '../case.ts'

export const DEFAULT_DECK = 'slides/faelles-om-ledelse.md'

export interface Resources {
  /** The context lent to every case. */
  context: BenchContext
  /** Stops the dev server and the browser, removes every temporary folder. */
  close: () => Promise<void>
}

/** Loads every slide once so Vite has compiled and pre-bundled the client before anything is timed. */
async function warmUp(browser: Browser, baseURL: string): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } })
  try {
    await page.goto(`${baseURL}/overview`, { waitUntil: 'networkidle', timeout: 180_000 })
  }
  finally {
    await page.close()
  }
}

export async function openResources(options: { smoke: boolean, server: BenchServer | undefined, log: (line: string) => void }): Promise<Resources> {
  const root = await mkdtemp(join(tmpdir(), 'seminarkit-bench-'))
  let browser: Promise<Browser> | undefined
  let server: Promise<{ server: BenchServer, process: ChildProcess | null }> | undefined
  let folders = 0

  const context: BenchContext = {
    smoke: options.smoke,
    log: options.log,
    browser: () => browser ??= launchChromium(),
    async devServer() {
      server ??= (async () => {
        if (options.server)
          return { server: options.server, process: null }
        const stateDir = await context.tempDir('state')
        const started = await startDevServer({ deck: DEFAULT_DECK, stateDir })
        await warmUp(await context.browser(), started.baseURL)
        return { server: { baseURL: started.baseURL, pid: started.process.pid ?? null }, process: started.process }
      })()
      return (await server).server
    },
    async tempDir(label) {
      const dir = join(root, `${folders++}-${label}`)
      await mkdir(dir, { recursive: true })
      return dir
    },
  }

  return {
    context,
    async close() {
      await (await browser?.catch(() => undefined))?.close()
      const child = (await server?.catch(() => undefined))?.process
      if (child && child.exitCode === null) {
        await new Promise<void>((resolve) => {
          child.once('exit', () => resolve())
          child.kill('SIGTERM')
        })
      }
      await rm(root, { recursive: true, force: true })
    },
  }
}
