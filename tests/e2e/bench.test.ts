import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runBench, type BenchReport } from '../../bench/harness.ts'
import { baseURL } from '../support/browser.ts'

const dir = mkdtempSync(join(tmpdir(), 'seminarkit-bench-e2e-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

// The browser cases of `npm run bench` at smoke sizes (a 4 s timer run, 2 starts, 6 phones)
// on the shared dev server, so they cannot rot. The numbers are not checked: this machine
// is busy with the other tests.
describe('npm run bench, browser cases at smoke sizes', () => {
  it('measures timer exactness, sync latency and phones against the dev server', async () => {
    const out = join(dir, 'results.json')
    const names = ['timer-exactness', 'sync-latency-p95', 'phones-200']
    const { failures } = await runBench({ out, smoke: true, only: names, server: { baseURL: baseURL(), pid: null }, log: () => {} })
    expect(failures).toEqual([])
    const report = JSON.parse(readFileSync(out, 'utf8')) as BenchReport
    expect(report.results.map(row => row.name)).toEqual(names)
    for (const row of report.results) {
      expect(row.ours).toBeGreaterThanOrEqual(0)
      expect(Number.isFinite(row.ours)).toBe(true)
    }
    const [timer, sync, phones] = report.results as [BenchReport['results'][number], BenchReport['results'][number], BenchReport['results'][number]]
    // The classic countdown has no clock: a freeze puts it behind by about the freeze.
    expect(timer.baseline!).toBeGreaterThan(500)
    expect(sync.note).toMatch(/p50 \d/)
    expect(phones.note).toContain('6: p95')
  }, 240_000)
})
