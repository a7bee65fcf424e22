import { parseArgs, type ParseArgsConfig } from 'node:util'
import { UsageError } from '../../lib/errors.ts'

export interface CommandOutput {
  stdout: (text: string) => void
  stderr: (text: string) => void
}

/** One `seminar <name>` command. `run` throws InputError (exit 1) or UsageError (exit 2). */
export interface Command {
  name: string
  summary: string
  /** Full `--help` text. */
  help: string
  run: (argv: string[], out: CommandOutput) => Promise<void>
}

type Options = NonNullable<ParseArgsConfig['options']>

/** `node:util` parseArgs, with its errors turned into usage errors. */
export function parseCommandArgs<O extends Options>(argv: string[], options: O, positionals: { min: number, max: number, names: string }) {
  let parsed
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true })
  }
  catch (error) {
    throw new UsageError((error as Error).message)
  }
  const count = parsed.positionals.length
  if (count < positionals.min || count > positionals.max)
    throw new UsageError(`expected ${positionals.names}, got ${count === 0 ? 'nothing' : parsed.positionals.join(' ')}`)
  return parsed
}

/** A `--seed` value: a non-negative safe integer. */
export function parseSeed(value: string | undefined, fallback = 1): number {
  if (value === undefined)
    return fallback
  const seed = Number(value)
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(seed))
    throw new UsageError(`--seed expects a whole number, got "${value}"`)
  return seed
}

/** `--url`: the dev server's address for printed QR codes, http(s), no path, query or fragment. */
export function parseUrl(value: string): string {
  let url: URL
  try {
    url = new URL(value)
  }
  catch {
    throw new UsageError(`--url expects an address such as http://192.168.1.20:3030, got "${value}"`)
  }
  if (!/^https?:$/.test(url.protocol) || url.search || url.hash || url.username)
    throw new UsageError(`--url expects an address such as http://192.168.1.20:3030, got "${value}"`)
  return url.href.replace(/\/$/, '')
}
