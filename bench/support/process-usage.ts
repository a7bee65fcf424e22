import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'

export interface ProcessUsage {
  /** User + system CPU time so far, all threads. */
  cpuMs: number
  rssBytes: number
  /** Real time of the reading (ms since the epoch). */
  at: number
}

let ticksPerSecond: number | undefined
function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100
    }
    catch {
      ticksPerSecond = 100
    }
  }
  return ticksPerSecond
}

/** CPU and memory of a process from /proc (Linux); null where there is no /proc. */
export function processUsage(pid: number): ProcessUsage | null {
  if (!existsSync(`/proc/${pid}/stat`))
    return null
  // The command name may hold spaces and parentheses: fields count from the last ')'.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  const ticks = Number(fields[11]) + Number(fields[12]) // utime, stime (fields 14 and 15 of stat)
  const rss = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
  return { cpuMs: ticks * 1000 / clockTicks(), rssBytes: Number(rss?.[1] ?? 0) * 1024, at: performance.timeOrigin + performance.now() }
}

/** Share of one core the process used between two readings, in percent. */
export function cpuPercent(before: ProcessUsage, after: ProcessUsage): number {
  return after.at > before.at ? 100 * (after.cpuMs - before.cpuMs) / (after.at - before.at) : 0
}
