import { InputError, printable, UsageError } from '../../lib/errors.ts'
import type { Command, CommandOutput } from './command.ts'

/** Commands load lazily so `seminar check` never pays for Chromium or graph code. */
const commands: Record<string, () => Promise<{ default: Command }>> = {
  check: () => import('./check.ts'),
  network: () => import('./network.ts'),
  teams: () => import('./teams.ts'),
  tables: () => import('./tables.ts'),
  pairs: () => import('./pairs.ts'),
  badges: () => import('./badges.ts'),
  handouts: () => import('./handouts.ts'),
  survey: () => import('./survey.ts'),
  new: () => import('./new.ts'),
}

const processOutput: CommandOutput = {
  stdout: text => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  stderr: text => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
}

async function overview(): Promise<string> {
  const lines = ['Usage: seminar <command> [options]', '', 'Commands:']
  for (const load of Object.values(commands)) {
    const { default: command } = await load()
    lines.push(`  ${command.name.padEnd(10)} ${command.summary}`)
  }
  lines.push('', 'Run "seminar <command> --help" for a command\'s options.')
  return lines.join('\n')
}

/**
 * An unexpected error as one line: a file-system error names the operation, the path and
 * the reason; anything else its first line. Never a stack trace (contract §3).
 */
export function describeUnexpected(error: unknown): string {
  const { code, syscall, path } = (error ?? {}) as NodeJS.ErrnoException
  if (code && syscall && path)
    return `cannot ${syscall} ${path} (${code})`
  const message = error instanceof Error ? error.message : String(error)
  return (message.split('\n').find(line => line.trim() !== '') ?? 'unknown error').trim()
}

async function runCommand(name: string, rest: string[], out: CommandOutput): Promise<number> {
  const load = commands[name]
  if (!load) {
    out.stderr(`seminar: unknown command "${printable(name)}"\n\n${await overview()}`)
    return 2
  }
  const { default: command } = await load()
  if (rest.includes('--help') || rest.includes('-h')) {
    out.stdout(command.help)
    return 0
  }
  try {
    await command.run(rest, out)
    return 0
  }
  catch (error) {
    if (error instanceof InputError) {
      out.stderr(error.message)
      return 1
    }
    if (error instanceof UsageError) {
      out.stderr(`seminar ${name}: ${printable(error.message)}\n\n${command.help}`)
      return 2
    }
    throw error
  }
}

/** Runs the CLI and returns its exit code: 0 ok, 1 invalid input or an unexpected error, 2 usage error. */
export async function main(argv: string[], out: CommandOutput = processOutput): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h') {
    out[name === undefined ? 'stderr' : 'stdout'](await overview())
    return name === undefined ? 2 : 0
  }
  try {
    return await runCommand(name, rest, out)
  }
  catch (error) {
    out.stderr(failLine(name, error))
    return 1
  }
}

/** The line printed for an unexpected error, terminal-safe. */
export function failLine(name: string | undefined, error: unknown): string {
  return printable(`seminar${name ? ` ${name}` : ''}: ${describeUnexpected(error)}`)
}
