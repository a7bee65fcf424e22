import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseSync } from '@slidev/parser'
import { afterAll, describe, expect, it } from 'vitest'
import type { BenchReport } from './harness.ts'
import { runBench, verdict } from './harness.ts'
import { charactersBySource, packageOf } from './support/bundle.ts'
import { measuredRun } from './support/measured-run.ts'
import { plainDeckMarkdown } from './support/plain-deck.ts'
import { cpuPercent, processUsage } from './support/process-usage.ts'
import { percentile, scalingExponent } from './support/stats.ts'

const dir = mkdtempSync(join(tmpdir(), 'seminarkit-bench-test-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

// The bench itself is not part of `npm test`; this runs its harness and computed cases at
// tiny sizes so it cannot rot (the browser cases: tests/e2e/bench.test.ts).
describe('npm run bench, at smoke sizes', () => {
  it('writes results.json as contract §6 says, with a table that names every row', async () => {
    const out = join(dir, 'results.json')
    const { table, failures } = await runBench({ out, smoke: true, only: ['grouping-2000', 'network-2000', 'network-connectivity-2000'], log: () => {} })
    expect(failures).toEqual([])
    const report = JSON.parse(readFileSync(out, 'utf8')) as BenchReport
    expect(Object.keys(report).sort()).toEqual(['date', 'machine', 'node', 'results'])
    expect(report.node).toBe(process.version)
    expect(Number.isNaN(Date.parse(report.date))).toBe(false)
    expect(report.results.map(row => row.name)).toEqual(['grouping-2000', 'network-2000', 'network-connectivity-2000'])
    for (const row of report.results) {
      expect(Object.keys(row).sort()).toEqual(['baseline', 'name', 'note', 'ours', 'ratio', 'unit'])
      expect(row.ours).toBeGreaterThan(0)
      expect(table).toContain(row.name)
      if (row.baseline === null)
        expect(row.ratio).toBeNull()
      else
        expect(row.ratio!).toBeCloseTo(row.ours / row.baseline, 1)
    }
    expect(report.results[0]!.note).toMatch(/scaling exponent -?\d+\.\d\d/)
  }, 60_000)

  it('refuses a case name it does not know', async () => {
    await expect(runBench({ out: join(dir, 'none.json'), smoke: true, only: ['no-such-case'], log: () => {} })).rejects.toThrow('no bench case named no-such-case')
  })

  it('says so when we are worse than the baseline or miss a goal', () => {
    expect(verdict({ goal: { maxRatio: 1.3 } }, { ours: 414, ratio: 1.64 })).toBe('ours WORSE (1.64×); goal ≤ 1.3×: MISSED')
    expect(verdict({}, { ours: 10, ratio: 0.2 })).toBe('ours better')
    expect(verdict({ goal: { maxOurs: 2000 } }, { ours: 2500, ratio: null })).toBe('goal ≤ 2000: MISSED')
  })
})

describe('bench measurements', () => {
  it('percentiles by nearest rank, and the exponent of a power law', () => {
    expect(percentile([5, 1, 4, 2, 3], 50)).toBe(3)
    expect(percentile(Array.from({ length: 100 }, (_, i) => i + 1), 95)).toBe(95)
    expect(scalingExponent([40, 400, 2000].map(size => ({ size, value: 0.01 * size ** 1.5 })))).toBeCloseTo(1.5, 6)
  })

  it('shares a bundle\'s characters out by source and package', () => {
    // Segment 1: column 0, source 0; segment 2: column 3, source 1.
    expect(charactersBySource('abcdef', { sources: ['a.js', 'b.js'], mappings: 'AAAA,GCAA' })).toEqual(new Map([['a.js', 3], ['b.js', 3]]))
    expect(charactersBySource('ab\ncd', { sources: ['a.js'], mappings: 'AAAA' })).toEqual(new Map([['a.js', 2], ['(unmapped)', 2]]))
    expect(packageOf('../../node_modules/.pnpm/x/node_modules/@vue/runtime-core/dist/a.js')).toBe('@vue/runtime-core')
    expect(packageOf('../../node_modules/zod/v4/core.js')).toBe('zod')
    expect(packageOf('/repo/lib/time.ts')).toBe('(ours) lib/')
  })

  it('times a command\'s wall and CPU time, and names a failed one', async () => {
    // Busy for 200 ms of its own CPU time, however loaded the machine is.
    const busy = await measuredRun(process.execPath, ['-e', 'const start = process.cpuUsage(); while (process.cpuUsage(start).user < 200_000);'], { timeoutMs: 20_000 })
    expect(busy.cpuMs).toBeGreaterThanOrEqual(200)
    expect(busy.wallMs).toBeGreaterThanOrEqual(200)
    await expect(measuredRun(process.execPath, ['-e', 'console.error("boom"); process.exit(3)'], { timeoutMs: 10_000 })).rejects.toThrow(/exited with 3:\nboom/)
  })

  it.runIf(processUsage(process.pid) !== null)('reads a process\'s CPU and memory as Node counts them', () => {
    const before = processUsage(process.pid)!
    const cpuBefore = process.cpuUsage()
    const end = Date.now() + 300
    while (Date.now() < end);
    const after = processUsage(process.pid)!
    const cpu = process.cpuUsage(cpuBefore)
    // /proc counts in clock ticks (10 ms); the busy loop is most of it even on a shared machine.
    expect(Math.abs(after.cpuMs - before.cpuMs - (cpu.user + cpu.system) / 1000)).toBeLessThan(40)
    expect(cpuPercent(before, after)).toBeCloseTo(100 * (after.cpuMs - before.cpuMs) / (after.at - before.at), 6)
    expect(after.rssBytes).toBeCloseTo(process.memoryUsage.rss(), -7)
  })

  it('generates a plain deck that Slidev reads as that many slides', () => {
    const deck = parseSync(plainDeckMarkdown(50), 'slides.md')
    expect(deck.slides).toHaveLength(50)
    expect(deck.slides[0]!.frontmatter).toMatchObject({ theme: 'none', canvasWidth: 1920 })
    expect(deck.slides.filter(slide => slide.frontmatter.layout === 'section').length).toBeGreaterThan(0)
  })
})
