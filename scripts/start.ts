// `npm start [-- <deck>] [--remote=<secret>] [Slidev flags]`: the dev server for one deck (contract §1).
import { spawn } from 'node:child_process'
import { resolve } from 'node:path'
import { runScript } from './export/cli.ts'
import { resolveDeckName } from './export/deck.ts'
import { deckOfEntry } from './support/deck-entry.ts'
import { UsageError } from '../lib/errors.ts'

const HELP = `Usage: npm start [-- <deck>] [--remote=<secret>]

Serves slides/<deck>.md (default: the default deck) on http://localhost:3030
(PORT=N picks another port). With --remote=<secret> phones on the local network can
reach it; then every change needs the secret (the presenter view asks for it once) or a
facilitator's QR code. See docs/security.md. Other flags go to Slidev.`

export interface StartPlan {
  deck: string
  /** Arguments for Slidev's CLI. */
  args: string[]
  /** Environment for the dev server: the deck, and the secret, which Slidev never sees. */
  env: Record<string, string>
}

/**
 * The secret goes to our live-state plugin by environment, never to Slidev: Slidev would
 * serve it to every viewer in /@slidev/configs and look up the laptop's public IP address
 * on the internet. An empty `--remote=` still makes Slidev listen on the local network.
 */
export function startPlan(argv: readonly string[], port: string | undefined): StartPlan {
  let deck: string | undefined
  let secret: string | undefined
  const rest: string[] = []
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!
    if (arg === '--remote' || arg.startsWith('--remote=')) {
      secret = arg === '--remote' ? argv[++index] : arg.slice('--remote='.length)
      if (!secret || secret.startsWith('-'))
        throw new UsageError('--remote needs a secret: npm start -- --remote=<secret>')
    }
    else if (!arg.startsWith('-') && deck === undefined && rest.length === 0)
      deck = arg
    else
      rest.push(arg)
  }
  const name = resolveDeckName(deck)
  if (port !== undefined && !/^\d{1,5}$/.test(port))
    throw new UsageError(`PORT must be a port number; got "${port}"`)
  return {
    deck: name,
    args: [`slides/${name}.md`, '--port', port ?? '3030', ...(secret ? ['--remote='] : []), ...rest],
    env: { SEMINARKIT_DECK: deckOfEntry(resolve('slides', `${name}.md`)), ...(secret ? { SEMINARKIT_REMOTE_SECRET: secret } : {}) },
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runScript('start', HELP, async (argv) => {
    const plan = startPlan(argv, process.env.PORT)
    const child = spawn(process.execPath, [resolve('node_modules/@slidev/cli/bin/slidev.mjs'), ...plan.args], {
      stdio: 'inherit',
      env: { ...process.env, ...plan.env },
    })
    for (const signal of ['SIGINT', 'SIGTERM'] as const)
      process.on(signal, () => child.kill(signal))
    const code = await new Promise<number>(done => child.on('exit', (exitCode, signal) => done(exitCode ?? (signal ? 1 : 0))))
    // Slidev has said why on the terminal already.
    process.exitCode = code
  })
}
