/**
 * `npm run bench`: side-by-side timings of the toolkit's heavier computations. Every
 * `bench/*.cases.ts` exports `cases: BenchCase[]`; add a file there to add benchmarks.
 * Prints a table and writes bench/results.json (git-ignored).
 */
import { readdirSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { BenchCase } from '../bench/case.ts'
import { writeFileAtomic } from './support/atomic-write.ts'

const BENCH_DIR = fileURLToPath(new URL('../bench/', import.meta.url))

interface Result {
  group: string
  name: string
  repeat: number
  medianMs: number
  minMs: number
  targetMs: number | null
  withinTarget: boolean | null
}

function measure(benchCase: BenchCase): Result {
  const repeat = benchCase.repeat ?? 5
  benchCase.run()
  const times: number[] = []
  for (let i = 0; i < repeat; i++) {
    const start = performance.now()
    benchCase.run()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  const round = (ms: number) => Math.round(ms * 100) / 100
  const medianMs = round(times[Math.floor(times.length / 2)]!)
  const targetMs = benchCase.targetMs ?? null
  return { group: benchCase.group, name: benchCase.name, repeat, medianMs, minMs: round(times[0]!), targetMs, withinTarget: targetMs === null ? null : medianMs < targetMs }
}

function table(results: Result[]): string {
  const rows = [['group', 'case', 'median ms', 'min ms', 'target'], ...results.map(r => [
    r.group,
    r.name,
    r.medianMs.toFixed(1),
    r.minMs.toFixed(1),
    r.targetMs === null ? '' : `${r.withinTarget ? 'ok' : 'MISSED'} < ${r.targetMs}`,
  ])]
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map(row => row[c]!.length)))
  const line = (row: string[]) => row.map((cell, c) => (c >= 2 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ').trimEnd()
  return [line(rows[0]!), widths.map(w => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n')
}

async function main(): Promise<void> {
  const files = readdirSync(BENCH_DIR).filter(file => file.endsWith('.cases.ts')).sort()
  const results: Result[] = []
  for (const file of files) {
    const { cases } = await import(pathToFileURL(`${BENCH_DIR}${file}`).href) as { cases: BenchCase[] }
    for (const benchCase of cases)
      results.push(measure(benchCase))
  }
  console.log(table(results))
  await writeFileAtomic(`${BENCH_DIR}results.json`, `${JSON.stringify({ node: process.version, date: new Date().toISOString(), results }, null, 2)}\n`)
  console.log(`\nWrote ${BENCH_DIR}results.json`)
}

await main()
