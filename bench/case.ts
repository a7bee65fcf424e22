import type { Browser } from 'playwright-core'

/**
 * One row of bench/results.json (contract §6). `ratio` = ours / baseline, null without a
 * baseline. Every unit here is "lower is better" (time, bytes, error).
 */
export interface BenchResult {
  name: string
  ours: number
  baseline: number | null
  ratio: number | null
  unit: string
  note: string
}

/** What a case measured; the harness adds the ratio and the verdict. */
export interface Measurement {
  ours: number
  baseline: number | null
  note: string
}

/** A dev server of the default deck; `pid` when this run started it (for its CPU and memory). */
export interface BenchServer {
  baseURL: string
  pid: number | null
}

/** What the harness lends a case. Shared resources start on first use and close when the run ends. */
export interface BenchContext {
  /** Tiny sizes and short runs: the smoke test in `npm test`, not a measurement. */
  smoke: boolean
  devServer: () => Promise<BenchServer>
  browser: () => Promise<Browser>
  /** A fresh empty folder, removed when the run ends. */
  tempDir: (label: string) => Promise<string>
  log: (line: string) => void
}

/**
 * One benchmark: every `bench/*.cases.ts` exports `cases: BenchCase[]`; add a file there to
 * add benchmarks. `name` is the row's name in results.json.
 */
export interface BenchCase {
  name: string
  unit: string
  /** What ours is compared with, or null when there is nothing to compare with. */
  baseline: string | null
  /** What the row should reach; the table says whether it does (it never fails the run). */
  goal?: { maxRatio?: number, maxOurs?: number }
  measure: (context: BenchContext) => Promise<Measurement>
}
