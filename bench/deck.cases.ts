import { join, resolve } from 'node:path'
import { loadDeck } from '../scripts/export/deck.ts'
import { ensureChromium } from '../scripts/support/chromium.ts'
import type { BenchCase, BenchContext } from './case.ts'
import { gzipBytes, gzipBytesByPackage } from './support/bundle.ts'
import { measuredRun, type MeasuredRun } from './support/measured-run.ts'
import { writePlainDeck } from './support/plain-deck.ts'
import { DEFAULT_DECK } from './support/resources.ts'

const SLIDEV = resolve('node_modules/@slidev/cli/bin/slidev.mjs')
const DECK_NAME = 'faelles-om-ledelse'
const BUILD_TIMEOUT_MS = 5 * 60_000
/** What the issue asks of the bundle: at most this many times the plain deck. */
const BUNDLE_GOAL = 1.3

interface Built { run: MeasuredRun, assets: string }
interface Decks { slides: number, plainEntry: string, ours: Built, plain: Built }

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`

/** Builds the default deck and a plain deck of as many slides, once per run (two cases read them). */
const builds = new WeakMap<BenchContext, Promise<Decks>>()
function buildDecks(context: BenchContext): Promise<Decks> {
  let built = builds.get(context)
  if (!built) {
    built = (async () => {
      const slides = (await loadDeck(DECK_NAME)).slides.length
      const plainEntry = await writePlainDeck(await context.tempDir('plain-deck'), slides)
      const build = async (entry: string, label: string): Promise<Built> => {
        const out = await context.tempDir(label)
        const run = await measuredRun(process.execPath, [SLIDEV, 'build', entry, '--out', out], { timeoutMs: BUILD_TIMEOUT_MS })
        return { run, assets: join(out, 'assets') }
      }
      // One after the other: on two cores, two builds at once would slow each other.
      const ours = await build(DEFAULT_DECK, 'build-ours')
      const plain = await build(plainEntry, 'build-plain')
      return { slides, plainEntry, ours, plain }
    })()
    builds.set(context, built)
  }
  return built
}

/** The packages that add the most gzip bytes over the plain deck, from source-mapped builds of both. */
async function heaviestAdditions(context: BenchContext, decks: Decks): Promise<string> {
  const mapped = async (entry: string, label: string) => {
    const out = await context.tempDir(label)
    await measuredRun(process.execPath, ['--import', 'tsx', resolve('bench/support/sourcemap-build.ts'), entry, out], { timeoutMs: BUILD_TIMEOUT_MS })
    return gzipBytesByPackage(join(out, 'assets'))
  }
  const ours = await mapped(DEFAULT_DECK, 'sourcemap-ours')
  const plain = await mapped(decks.plainEntry, 'sourcemap-plain')
  return [...ours]
    .map(([name, bytes]) => ({ name, extra: bytes - (plain.get(name) ?? 0) }))
    .sort((a, b) => b.extra - a.extra)
    .slice(0, 8)
    .map(({ name, extra }) => `${name} +${kb(extra)}`)
    .join(', ')
}

export const cases: BenchCase[] = [
  {
    name: 'build-time',
    unit: 's CPU',
    baseline: 'slidev build of a plain deck with as many slides',
    async measure(context) {
      const { slides, ours, plain } = await buildDecks(context)
      return {
        ours: ours.run.cpuMs / 1000,
        baseline: plain.run.cpuMs / 1000,
        note: `slidev build, ${slides} slides, CPU (user + system); wall ${(ours.run.wallMs / 1000).toFixed(1)} s against ${(plain.run.wallMs / 1000).toFixed(1)} s`,
      }
    },
  },
  {
    name: 'bundle-size',
    unit: 'bytes gzip',
    baseline: 'the plain deck\'s build',
    goal: { maxRatio: BUNDLE_GOAL },
    async measure(context) {
      const decks = await buildDecks(context)
      const ours = gzipBytes(decks.ours.assets).total
      const plain = gzipBytes(decks.plain.assets).total
      const over = ours - BUNDLE_GOAL * plain
      const heaviest = await heaviestAdditions(context, decks)
      return {
        ours,
        baseline: plain,
        note: `JS + CSS of the whole build, gzip level 6: ${kb(ours)} against ${kb(plain)}; ${over > 0 ? `${kb(over)} over the ${BUNDLE_GOAL}× goal` : `within the ${BUNDLE_GOAL}× goal`}; heaviest additions over the plain deck (source-map estimate): ${heaviest}`,
      }
    },
  },
  {
    name: 'export-per-slide',
    unit: 's/slide',
    baseline: 'slidev export of the plain deck',
    async measure(context) {
      const { slides, plainEntry } = await buildDecks(context)
      const out = await context.tempDir('exports')
      const ours = await measuredRun(process.execPath, ['--import', 'tsx', resolve('scripts/export.ts'), '--out', out], { timeoutMs: BUILD_TIMEOUT_MS })
      const plain = await measuredRun(process.execPath, [SLIDEV, 'export', plainEntry, '--executable-path', ensureChromium(), '--output', join(out, 'plain.pdf'), '--timeout', '120000'], { timeoutMs: BUILD_TIMEOUT_MS })
      const pages = [...ours.output.matchAll(/\((\d+) pages\)/g)].reduce((sum, match) => sum + Number(match[1]), 0)
      return {
        ours: ours.wallMs / 1000 / slides,
        baseline: plain.wallMs / 1000 / slides,
        note: `wall time of npm run export (presenter PDF and handout, ${pages} pages in all: ${(ours.wallMs / 1000 / pages).toFixed(2)} s/page) against slidev export (${slides} pages), each a fresh process; CPU ${(ours.cpuMs / 1000).toFixed(0)} s against ${(plain.cpuMs / 1000).toFixed(0)} s`,
      }
    },
  },
]
