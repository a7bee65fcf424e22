import { InputError, UsageError } from '../../lib/errors.ts'
import type { Command, CommandOutput } from './command.ts'

/** Commands load lazily so `seminar check` never pays for Chromium or graph code. */
const commands: Record<string, () => Promise<{ default: Command }>> = {
  check: () => import('./check.ts'),
  network: () => import('./network.ts'),
  teams: () => import('./teams.ts'),
  tables: () => import('./tables.ts'),
  pairs: () => import('./pairs.ts'),
  badges: () => import('./badges.ts'),
  survey: () => import('./survey.ts'),
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

/** Runs the CLI and returns its exit code: 0 ok, 1 invalid input, 2 usage error. */
export async function main(argv: string[], out: CommandOutput = processOutput): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h') {
    out[name === undefined ? 'stderr' : 'stdout'](await overview())
    return name === undefined ? 2 : 0
  }
  const load = commands[name]
  if (!load) {
    out.stderr(`seminar: unknown command "${name}"\n\n${await overview()}`)
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
      out.stderr(`seminar ${name}: ${error.message}\n\n${command.help}`)
      return 2
    }
    throw error
  }
}
