import { readFile } from 'node:fs/promises'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDeck } from '../../scripts/export/deck.ts'
import { launchTestBrowser, newPage } from '../support/browser.ts'
import { runScript, type ScriptResult } from '../support/run-script.ts'
import { serveStatic, walkBuiltDeck } from '../support/static-server.ts'

// `npm run build` (contract §1): the static site serves from any plain web server, every
// slide renders, and the browser asks nothing of any other host.

const DECK = 'faelles-om-ledelse'
const outDir = mkdtempSync(join(tmpdir(), 'seminarkit-build-'))

let build: ScriptResult
let server: Server
let origin: string
let browser: Browser

beforeAll(async () => {
  build = await runScript('scripts/build.ts', [DECK, '--out', outDir], 300_000)
  if (build.code !== 0)
    throw new Error(`npm run build failed (${build.code}):\n${build.stderr}`)
  server = await serveStatic(outDir, join(outDir, DECK, 'index.html'))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  browser = await launchTestBrowser()
}, 360_000)

afterAll(async () => {
  await browser?.close()
  await new Promise(done => server ? server.close(done) : done(undefined))
  rmSync(outDir, { recursive: true, force: true })
})

describe('npm run build', () => {
  it(`builds dist/${DECK}/ with base /${DECK}/`, async () => {
    const index = await readFile(join(outDir, DECK, 'index.html'), 'utf8')
    expect(index).toContain(`/${DECK}/assets/`)
  })

  it('gives browsers plain data: no line of the deck\'s CSV files, no schema, CSV parser, graph library or markdown parser', () => {
    const site = join(outDir, DECK)
    const files = readdirSync(site, { recursive: true, encoding: 'utf8' })
    expect(files.filter(file => file.endsWith('.csv'))).toEqual([])
    const shipped = files.filter(file => /\.(?:js|css|html)$/.test(file)).map(file => readFileSync(join(site, file), 'utf8')).join('\n')
    // Every line of every CSV file (who answered, who reported a tie to whom, e-mail addresses).
    const data = resolve('data', DECK)
    const lines = readdirSync(data, { recursive: true, encoding: 'utf8' })
      .filter(file => file.endsWith('.csv'))
      .flatMap(file => readFileSync(join(data, file), 'utf8').split(/\r?\n/).slice(1).filter(line => line.includes(',')).map(line => ({ file, line })))
    expect(lines.length).toBeGreaterThan(600)
    expect(lines.filter(({ line }) => shipped.includes(line))).toEqual([])
    expect(shipped).not.toContain('@eksempel.dk')
    // Code only these libraries hold (papaparse, graphology, d3-force, markdown-it, zod's
    // full API where the browser has zod/mini, vue-i18n's message compiler), and a message
    // of the deck schemas, which validate in Node at build time.
    for (const marker of ['MissingQuotes', 'Graph.addNode', 'alphaDecay', 'markdown-it', 'superRefine', 'Unterminated closing brace', 'expected the network files the survey asks about'])
      expect(shipped, marker).not.toContain(marker)
  })

  it('serves every slide from a static server, with no console error and no request to another host', async () => {
    const slides = (await loadDeck(DECK)).slides.length
    const { page, problems } = await newPage(browser)
    const offServer: string[] = []
    // Anything not for the test server is refused before it leaves the browser, and counted.
    await page.route('**/*', (route) => {
      const url = route.request().url()
      if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:'))
        return route.continue()
      offServer.push(url)
      return route.abort('blockedbyclient')
    })
    const texts = await walkBuiltDeck(page, origin, DECK, slides)
    const empty = texts.flatMap((text, index) => text === '' ? [index + 1] : [])
    expect(empty).toEqual([])
    expect(problems.consoleErrors).toEqual([])
    expect(problems.failedRequests.filter(request => !offServer.some(url => request.startsWith(url)))).toEqual([])
    expect(offServer).toEqual([])
  }, 240_000)
})
