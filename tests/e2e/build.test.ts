import { readFile, stat } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { extname, join, normalize, sep } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDeck } from '../../scripts/export/deck.ts'
import { launchTestBrowser, newPage } from '../support/browser.ts'
import { runScript, type ScriptResult } from '../support/run-script.ts'

// `npm run build` (contract §1): the static site serves from any plain web server, every
// slide renders, and the browser asks nothing of any other host.

const DECK = 'faelles-om-ledelse'
const outDir = mkdtempSync(join(tmpdir(), 'seminarkit-build-'))

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ico': 'image/x-icon',
}

/**
 * A plain static server for `root` on 127.0.0.1: files as they are, and index.html for any
 * other path (Slidev routes /<deck>/<n> in the browser, as a host's SPA fallback would).
 */
function serveStatic(root: string): Promise<Server> {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname))
    let file = join(root, path)
    if (!file.startsWith(root + sep) || !(await stat(file).then(s => s.isFile(), () => false)))
      file = join(root, DECK, 'index.html')
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
    response.end(await readFile(file))
  })
  return new Promise(done => server.listen(0, '127.0.0.1', () => done(server)))
}

let build: ScriptResult
let server: Server
let origin: string
let browser: Browser

beforeAll(async () => {
  build = await runScript('scripts/build.ts', [DECK, '--out', outDir], 300_000)
  if (build.code !== 0)
    throw new Error(`npm run build failed (${build.code}):\n${build.stderr}`)
  server = await serveStatic(outDir)
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
    // A built deck has no window.__slidev__ (Slidev exposes it in dev only): the first slide
    // loads by its address, the others through the router, as the back and forward buttons
    // move it (a full load per slide would cost minutes on a busy laptop).
    await page.goto(`${origin}/${DECK}/1`, { waitUntil: 'networkidle' })
    const empty: number[] = []
    for (let no = 1; no <= slides; no++) {
      if (no > 1) {
        await page.evaluate((path) => {
          history.pushState(null, '', path)
          window.dispatchEvent(new PopStateEvent('popstate'))
        }, `/${DECK}/${no}`)
      }
      const rendered = await page.waitForFunction((target) => {
        const slide = [...document.querySelectorAll<HTMLElement>(`.slidev-page-${target}`)].find(element => element.checkVisibility())
        const text = slide?.querySelector('.slidev-layout') ? slide.innerText : ''
        return text.trim() !== '' && !text.includes('Loading slide')
      }, no, { timeout: 30_000 }).then(() => true, () => false)
      if (!rendered)
        empty.push(no)
    }
    await page.waitForLoadState('networkidle')
    expect(empty).toEqual([])
    expect(problems.consoleErrors).toEqual([])
    expect(problems.failedRequests.filter(request => !offServer.some(url => request.startsWith(url)))).toEqual([])
    expect(offServer).toEqual([])
  }, 240_000)
})
