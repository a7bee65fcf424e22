import { readFile, stat } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'
import type { Page } from 'playwright-core'

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
 * A plain static server for `root` on 127.0.0.1: files as they are, and `fallback` (a built
 * deck's index.html) for any other path, as a host's single-page-app fallback would.
 */
export function serveStatic(root: string, fallback: string): Promise<Server> {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname))
    let file = join(root, path)
    if (!file.startsWith(root + sep) || !(await stat(file).then(s => s.isFile(), () => false)))
      file = fallback
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
    response.end(await readFile(file))
  })
  return new Promise(done => server.listen(0, '127.0.0.1', () => done(server)))
}

/**
 * Every slide of a built deck served at `${origin}/${deck}/`: the first by its address, the
 * others through the router, as the back and forward buttons move it (a built deck has no
 * window.__slidev__, and a full load per slide would cost minutes on a busy laptop).
 * Returns each slide's text, empty for a slide that never rendered.
 */
export async function walkBuiltDeck(page: Page, origin: string, deck: string, slides: number): Promise<string[]> {
  await page.goto(`${origin}/${deck}/1`, { waitUntil: 'networkidle' })
  const texts: string[] = []
  for (let no = 1; no <= slides; no++) {
    if (no > 1) {
      await page.evaluate((path) => {
        history.pushState(null, '', path)
        window.dispatchEvent(new PopStateEvent('popstate'))
      }, `/${deck}/${no}`)
    }
    const text = await page.waitForFunction((target) => {
      const slide = [...document.querySelectorAll<HTMLElement>(`.slidev-page-${target}`)].find(element => element.checkVisibility())
      const text = slide?.querySelector('.slidev-layout') ? slide.innerText : ''
      return text.trim() !== '' && !text.includes('Loading slide') && text
    }, no, { timeout: 30_000 }).then(handle => handle.jsonValue(), () => '')
    texts.push(String(text))
  }
  await page.waitForLoadState('networkidle')
  return texts
}
