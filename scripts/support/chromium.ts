import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { chromium, type Browser, type LaunchOptions } from 'playwright-core'

/** Flags for a root, offline machine: no sandbox, and no background calls home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
]

/** What the search looks at; the real machine by default, a fake one in tests. */
export interface ChromiumProbe {
  env: NodeJS.ProcessEnv
  exists: (path: string) => boolean
  /** Playwright's own Chromium, when downloaded. */
  playwright: () => string | undefined
  /** A command's path on PATH. */
  onPath: (command: string) => string | undefined
}

export const systemProbe: ChromiumProbe = {
  env: process.env,
  exists: existsSync,
  playwright: () => {
    try {
      const path = chromium.executablePath()
      return path && existsSync(path) ? path : undefined
    }
    catch {
      return undefined
    }
  },
  onPath: (command) => {
    const result = spawnSync('which', [command], { encoding: 'utf8' })
    const path = result.stdout?.trim()
    return result.status === 0 && path ? path : undefined
  },
}

/** Contract §1 order: CHROMIUM_PATH, Playwright's Chromium, /usr/bin/chromium, chromium-browser, google-chrome. */
export function findChromium(probe: ChromiumProbe = systemProbe): string | undefined {
  const fromEnv = probe.env.CHROMIUM_PATH
  if (fromEnv && probe.exists(fromEnv))
    return fromEnv
  return probe.playwright()
    ?? (probe.exists('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
    ?? probe.onPath('chromium-browser')
    ?? probe.onPath('google-chrome')
}

export interface InstallStep {
  /** What the user would type, for the log line. */
  label: string
  /** Commands run one after the other; the step fails at the first that fails. */
  commands: { command: string, args: string[], env?: NodeJS.ProcessEnv }[]
}

/**
 * How a missing Chromium gets installed: Playwright's download of the browser the pinned
 * playwright-core expects (skipped when PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD is set, e.g. on
 * machines with no route to the download), then Debian's package when running as root.
 * The package lists are refreshed first: a fresh image has none.
 */
export function installSteps(options: { root: boolean, env: NodeJS.ProcessEnv }): InstallStep[] {
  const steps: InstallStep[] = []
  if (!options.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD) {
    // The project's own playwright-core, not whatever `npx playwright` would fetch: only its
    // pinned browser revision is the one `chromium.executablePath()` looks for.
    const cli = join(dirname(createRequire(import.meta.url).resolve('playwright-core/package.json')), 'cli.js')
    steps.push({ label: 'npx playwright-core install chromium', commands: [{ command: process.execPath, args: [cli, 'install', 'chromium'] }] })
  }
  if (options.root) {
    const env = { ...options.env, DEBIAN_FRONTEND: 'noninteractive' }
    steps.push({
      label: 'apt-get install -y chromium',
      commands: [{ command: 'apt-get', args: ['update', '-qq'], env }, { command: 'apt-get', args: ['install', '-y', '-qq', 'chromium'], env }],
    })
  }
  return steps
}

export class NoBrowserError extends Error {
  override name = 'NoBrowserError'
}

export const NO_BROWSER_MESSAGE = 'No Chromium found: install one (e.g. "apt-get install -y chromium") or set CHROMIUM_PATH to its executable.'

export interface EnsureDeps {
  find: () => string | undefined
  steps: InstallStep[]
  /** Runs one command; false when it fails. */
  run: (command: string, args: string[], env?: NodeJS.ProcessEnv) => boolean
  log: (line: string) => void
}

function runInherited(command: string, args: string[], env?: NodeJS.ProcessEnv): boolean {
  try {
    execFileSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], env: env ?? process.env })
    return true
  }
  catch {
    return false
  }
}

/**
 * Finds a Chromium, installing one when none exists (steps in order, stopping at the first
 * that yields a browser). Throws NoBrowserError, one line saying what to install.
 */
export function ensureChromium(overrides: Partial<EnsureDeps> = {}): string {
  const deps: EnsureDeps = {
    find: overrides.find ?? (() => findChromium()),
    steps: overrides.steps ?? installSteps({ root: process.getuid?.() === 0, env: process.env }),
    run: overrides.run ?? runInherited,
    log: overrides.log ?? (line => process.stderr.write(`${line}\n`)),
  }
  const found = deps.find()
  if (found)
    return found
  for (const step of deps.steps) {
    deps.log(`No Chromium found; trying "${step.label}" …`)
    if (step.commands.every(({ command, args, env }) => deps.run(command, args, env))) {
      const installed = deps.find()
      if (installed)
        return installed
    }
  }
  throw new NoBrowserError(NO_BROWSER_MESSAGE)
}

export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: ensureChromium(),
    ...options,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
  })
}
