import { readdirSync } from 'node:fs'
import { cpus, totalmem, type as osType, release, arch } from 'node:os'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { UsageError } from '../lib/errors.ts'
import { writeFileAtomic } from '../scripts/support/atomic-write.ts'
import type { BenchCase, BenchResult, BenchServer } from './case.ts'
import { openResources } from './support/resources.ts'
import { round3 } from './support/stats.ts'

export const BENCH_DIR = fileURLToPath(new URL('./', import.meta.url))

/** bench/results.json (contract §6). */
export interface BenchReport {
  node: string
  date: string
  machine: string
  results: BenchResult[]
}

export interface RunOptions {
  /** Where results.json goes. */
  out: string
  smoke?: boolean
  /** Only these case names (default: every case). */
  only?: readonly string[]
  /** Use this running dev server instead of starting one. */
  server?: BenchServer
  log?: (line: string) => void
}

export interface RunOutcome {
  report: BenchReport
  /** Cases that threw, as "name: message"; results.json is written only when there are none. */
  failures: string[]
  table: string
}

export function machine(): string {
  const cores = cpus()
  return `${cores.length} × ${cores[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB RAM, ${osType()} ${release()} ${arch()}`
}

/** Every `bench/*.cases.ts`, in file order, with the file it came from. */
async function discover(only: readonly string[] | undefined): Promise<{ file: string, cases: BenchCase[] }[]> {
  const files = readdirSync(BENCH_DIR).filter(file => file.endsWith('.cases.ts')).sort()
  const found: { file: string, cases: BenchCase[] }[] = []
  for (const file of files) {
    const { cases } = await import(pathToFileURL(`${BENCH_DIR}${file}`).href) as { cases: BenchCase[] }
    const chosen = only ? cases.filter(benchCase => only.includes(benchCase.name)) : cases
    if (chosen.length > 0)
      found.push({ file, cases: chosen })
  }
  const names = found.flatMap(group => group.cases.map(benchCase => benchCase.name))
  const unknown = (only ?? []).filter(name => !names.includes(name))
  if (unknown.length > 0)
    throw new UsageError(`no bench case named ${unknown.join(', ')}`)
  return found
}

/** What the row says about us: worse than the baseline is spelt out, and so is a missed goal. */
export function verdict(benchCase: Pick<BenchCase, 'goal'>, result: Pick<BenchResult, 'ours' | 'ratio'>): string {
  const parts: string[] = []
  if (result.ratio !== null)
    parts.push(result.ratio < 0.95 ? 'ours better' : result.ratio <= 1.05 ? 'even' : `ours WORSE (${result.ratio.toFixed(2)}×)`)
  const { maxRatio, maxOurs } = benchCase.goal ?? {}
  if (maxRatio !== undefined && result.ratio !== null)
    parts.push(`goal ≤ ${maxRatio}×: ${result.ratio <= maxRatio ? 'met' : 'MISSED'}`)
  if (maxOurs !== undefined)
    parts.push(`goal ≤ ${maxOurs}: ${result.ours <= maxOurs ? 'met' : 'MISSED'}`)
  return parts.join('; ')
}

export function formatTable(rows: readonly { result: BenchResult, verdict: string, against: string | null }[]): string {
  const cells = [['name', 'ours', 'baseline', 'ratio', 'unit', 'verdict'], ...rows.map(({ result, verdict }) => [
    result.name,
    String(result.ours),
    result.baseline === null ? '–' : String(result.baseline),
    result.ratio === null ? '–' : result.ratio.toFixed(3),
    result.unit,
    verdict,
  ])]
  const widths = cells[0]!.map((_, c) => Math.max(...cells.map(row => row[c]!.length)))
  const numeric = (c: number) => c >= 1 && c <= 3
  const line = (row: string[]) => row.map((cell, c) => (numeric(c) ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ').trimEnd()
  const notes = rows.map(({ result, against }) => `- ${result.name}${against ? ` (against ${against})` : ''}: ${result.note}`)
  return [line(cells[0]!), widths.map(w => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line), '', ...notes].join('\n')
}

/** Runs the cases one at a time (they time themselves), prints nothing, returns the report and its table. */
export async function runBench(options: RunOptions): Promise<RunOutcome> {
  const log = options.log ?? (line => process.stderr.write(`${line}\n`))
  const groups = await discover(options.only)
  const rows: { result: BenchResult, verdict: string, against: string | null }[] = []
  const failures: string[] = []
  const resources = await openResources({ smoke: options.smoke ?? false, server: options.server, log })
  try {
    for (const { file, cases } of groups) {
      for (const benchCase of cases) {
        log(`${benchCase.name} (${file}) …`)
        const started = performance.now()
        try {
          const measured = await benchCase.measure(resources.context)
          const ratio = measured.baseline === null || measured.baseline === 0 ? null : round3(measured.ours / measured.baseline)
          const result: BenchResult = { name: benchCase.name, ours: round3(measured.ours), baseline: measured.baseline === null ? null : round3(measured.baseline), ratio, unit: benchCase.unit, note: measured.note }
          rows.push({ result, verdict: verdict(benchCase, result), against: benchCase.baseline })
          log(`  ✓ ${benchCase.name}: ${result.ours} ${result.unit} (${((performance.now() - started) / 1000).toFixed(0)} s)`)
        }
        catch (error) {
          failures.push(`${benchCase.name}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`)
          log(`  ✗ ${benchCase.name}`)
        }
      }
    }
  }
  finally {
    await resources.close()
  }
  const report: BenchReport = { node: process.version, date: new Date().toISOString(), machine: machine(), results: rows.map(row => row.result) }
  if (failures.length === 0)
    await writeFileAtomic(options.out, `${JSON.stringify(report, null, 2)}\n`)
  return { report, failures, table: formatTable(rows) }
}
