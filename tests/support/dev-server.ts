import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { basename, resolve } from 'node:path'
import { startPlan } from '../../scripts/start.ts'

export interface DevServerOptions {
  deck: string
  /** Where synced state is persisted; tests use a temporary folder. */
  stateDir: string
  port?: number
  /** `npm start -- --remote=<secret>`: open to the LAN, every write needs a credential. */
  remote?: string
  extraArgs?: string[]
}

export interface DevServer {
  process: ChildProcess
  baseURL: string
  port: number
}

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer()
    probe.unref()
    probe.on('error', fail)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => typeof address === 'object' && address ? done(address.port) : fail(new Error('no port')))
    })
  })
}

async function waitForHttp(url: string, child: ChildProcess, log: () => string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`Slidev exited with ${child.exitCode}:\n${log()}`)
    try {
      const response = await fetch(url)
      if (response.ok)
        return
    }
    catch {}
    await new Promise(r => setTimeout(r, 250))
  }
  throw new Error(`Slidev did not answer on ${url} within ${timeoutMs} ms:\n${log()}`)
}

/** Starts `slidev <deck>` on a free port and resolves once it serves the deck. */
export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  const port = options.port ?? await freePort()
  let output = ''
  // What `npm start` runs, without the wrapper process, so a test's signal reaches Slidev itself.
  const plan = startPlan([basename(options.deck, '.md'), ...(options.remote ? [`--remote=${options.remote}`] : []), ...(options.extraArgs ?? [])], String(port))
  const child = spawn(process.execPath, [resolve('node_modules/@slidev/cli/bin/slidev.mjs'), ...plan.args], {
    env: { ...process.env, ...plan.env, SEMINARKIT_STATE_DIR: options.stateDir, BROWSER: 'none' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (chunk: Buffer) => { output += chunk.toString() })
  child.stderr?.on('data', (chunk: Buffer) => { output += chunk.toString() })
  const baseURL = `http://localhost:${port}`
  try {
    await waitForHttp(`${baseURL}/`, child, () => output)
  }
  catch (error) {
    child.kill('SIGTERM')
    throw error
  }
  return { process: child, baseURL, port }
}
