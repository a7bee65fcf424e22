import { readFile } from 'node:fs/promises'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
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
