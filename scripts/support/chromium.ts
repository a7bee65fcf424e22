import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
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

function onPath(command: string): string | undefined {
  const result = spawnSync('which', [command], { encoding: 'utf8' })
  const path = result.stdout.trim()
  return result.status === 0 && path ? path : undefined
}

function playwrightChromium(): string | undefined {
  try {
    const path = chromium.executablePath()
    return path && existsSync(path) ? path : undefined
  }
  catch {
    return undefined
  }
}

/** Contract §1 order: CHROMIUM_PATH, Playwright's Chromium, /usr/bin/chromium, chromium-browser, google-chrome. */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv && existsSync(fromEnv))
    return fromEnv
  return playwrightChromium()
    ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
    ?? onPath('chromium-browser')
    ?? onPath('google-chrome')
}

function tryRun(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: 'inherit' })
    return true
  }
  catch {
    return false
  }
}

export class NoBrowserError extends Error {
  override name = 'NoBrowserError'
}

/**
 * Finds a Chromium, installing one when none exists: Playwright's download first,
 * then Debian's package when running as root. Throws one line saying what to install.
 */
export function ensureChromium(log: (line: string) => void = line => process.stderr.write(`${line}\n`)): string {
  const found = findChromium()
  if (found)
    return found
  log('No Chromium found; trying "npx playwright install chromium" …')
  if (tryRun('npx', ['--yes', 'playwright', 'install', 'chromium']) && findChromium())
    return findChromium()!
  if (process.getuid?.() === 0) {
    log('Trying "apt-get install -y chromium" …')
    if (tryRun('apt-get', ['install', '-y', 'chromium']) && findChromium())
      return findChromium()!
  }
  throw new NoBrowserError('No Chromium found: install one (e.g. "apt-get install -y chromium") or set CHROMIUM_PATH to its executable.')
}

export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: ensureChromium(),
    ...options,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
  })
}
