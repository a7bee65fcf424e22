import { parseArgs, type ParseArgsConfig } from 'node:util'
import { InputError, UsageError } from '../../lib/errors.ts'
import { NoBrowserError } from '../support/chromium.ts'

type Options = NonNullable<ParseArgsConfig['options']>

/** Parses `[deck] [--options]`; a bad command line is a UsageError. */
export function parseDeckArgs<O extends Options>(argv: string[], options: O) {
  try {
    const parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true })
    if (parsed.positionals.length > 1)
      throw new UsageError(`expected at most one deck name, got ${parsed.positionals.join(' ')}`)
    return { deck: parsed.positionals[0], values: parsed.values }
  }
  catch (error) {
    throw error instanceof UsageError ? error : new UsageError((error as Error).message)
  }
}

/**
 * Runs a script's main and sets the exit code: 0 done, 1 invalid input or no browser,
 * 2 usage error. User mistakes print without a stack trace.
 */
export async function runScript(name: string, help: string, main: (argv: string[]) => Promise<void>): Promise<void> {
  const argv = process.argv.slice(2)
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${help}\n`)
    return
  }
  try {
    await main(argv)
    process.exitCode ??= 0
  }
  catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${name}: ${error.message}\n\n${help}\n`)
      process.exitCode = 2
    }
    else if (error instanceof InputError || error instanceof NoBrowserError) {
      process.stderr.write(`${error.message}\n`)
      process.exitCode = 1
    }
    else {
      process.stderr.write(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
      process.exitCode = 1
    }
  }
}
