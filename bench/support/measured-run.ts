import { spawn } from 'node:child_process'

export interface MeasuredRun {
  wallMs: number
  /** User + system CPU of the command and every process it waited for (Chromium, workers). */
  cpuMs: number
  output: string
}

/** "1m2.345s" → 62345 ms. */
function parseBashTime(text: string): number {
  const match = /^(\d+)m([\d.]+)s$/.exec(text)
  if (!match)
    throw new Error(`unexpected "times" output: ${text}`)
  return (Number(match[1]) * 60 + Number(match[2])) * 1000
}

/** The children's line of bash's `times` ("user sys"): CPU of everything the shell waited for. */
export function childrenCpuMs(timesOutput: string): number {
  const lines = timesOutput.trim().split('\n')
  const [user, system] = (lines[lines.length - 1] ?? '').trim().split(/\s+/)
  return parseBashTime(user ?? '') + parseBashTime(system ?? '')
}

const TIMES_MARK = '--- seminarkit bench times ---'

/**
 * Runs a command under bash and measures its wall time and CPU time (bash's `times`
 * builtin, so no /usr/bin/time is needed). Fails with the command's last output lines.
 */
export function measuredRun(command: string, args: readonly string[], options: { cwd?: string, env?: NodeJS.ProcessEnv, timeoutMs: number }): Promise<MeasuredRun> {
  return new Promise((resolve, reject) => {
    const script = `"$@"; code=$?; echo '${TIMES_MARK}' >&2; times >&2; exit $code`
    const started = performance.now()
    const child = spawn('bash', ['-c', script, 'bench', command, ...args], { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => { output += chunk.toString() })
    child.stderr.on('data', (chunk: Buffer) => { output += chunk.toString() })
    const timer = setTimeout(() => child.kill('SIGTERM'), options.timeoutMs)
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      const wallMs = performance.now() - started
      const [before, times] = output.split(TIMES_MARK)
      if (code !== 0 || times === undefined) {
        const tail = (before ?? output).trim().split('\n').slice(-8).join('\n')
        reject(new Error(`${[command, ...args].join(' ')} exited with ${code ?? 'a timeout'}:\n${tail}`))
        return
      }
      resolve({ wallMs, cpuMs: childrenCpuMs(times), output: before ?? '' })
    })
  })
}
