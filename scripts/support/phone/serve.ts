// Serves the built phone app (scripts/support/phone/build.ts) from memory, compressed.
import { readdir, readFile } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { extname, join, relative, sep } from 'node:path'
import { gzipSync } from 'node:zlib'
import { PHONE_ASSETS, PHONE_BOOT_ID, type PhoneBoot } from '../../../lib/live/protocol.ts'

interface Asset {
  type: string
  body: Buffer
  /** Set for text: a phone on the venue's Wi-Fi gets a third of the bytes. */
  gzip: Buffer | undefined
}

export interface PhoneFiles {
  /** The page, with the place for its boot data. */
  page: string
  /** By path from the server's root: `/__seminarkit/phone/index-<hash>.js`. */
  assets: ReadonlyMap<string, Asset>
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
}
const COMPRESSIBLE = new Set(['.js', '.css', '.svg'])

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true })
  const nested = await Promise.all(entries.map(entry => entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]))
  return nested.flat()
}

/** Reads a build into memory, so later builds may replace its folder while this server runs. */
export async function loadPhoneFiles(dir: string, base: string): Promise<PhoneFiles> {
  const assets = new Map<string, Asset>()
  const assetDir = join(dir, ...PHONE_ASSETS.split('/').filter(Boolean))
  for (const path of await filesUnder(assetDir)) {
    const body = await readFile(path)
    const extension = extname(path)
    const url = `${base.replace(/\/$/, '')}${PHONE_ASSETS}${relative(assetDir, path).split(sep).join('/')}`
    assets.set(url, { type: TYPES[extension] ?? 'application/octet-stream', body, gzip: COMPRESSIBLE.has(extension) ? gzipSync(body, { level: 9 }) : undefined })
  }
  return { page: await readFile(join(dir, 'index.html'), 'utf8'), assets }
}

/** JSON inside `<script>`: no `<` can end the element early, whatever the room typed. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')
}

function send(request: IncomingMessage, response: ServerResponse, type: string, body: Buffer, gzip: Buffer | undefined): void {
  const compressed = gzip && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))
  response.statusCode = 200
  response.setHeader('Content-Type', type)
  response.setHeader('X-Content-Type-Options', 'nosniff')
  if (gzip) {
    response.setHeader('Vary', 'Accept-Encoding')
    if (compressed)
      response.setHeader('Content-Encoding', 'gzip')
  }
  const bytes = compressed ? gzip : body
  response.setHeader('Content-Length', bytes.length)
  response.end(request.method === 'HEAD' ? undefined : bytes)
}

/** A phone page: the app's page with the live state as it is now and the websocket's token. */
export function servePhonePage(files: PhoneFiles, boot: PhoneBoot, request: IncomingMessage, response: ServerResponse): void {
  const data = `<script type="application/json" id="${PHONE_BOOT_ID}">${scriptJson(boot)}</script>`
  const html = Buffer.from(files.page.replace('</head>', `  ${data}\n  </head>`))
  response.setHeader('Cache-Control', 'no-store')
  send(request, response, 'text/html; charset=utf-8', html, gzipSync(html))
}

/** One of the app's files (content-hashed names: kept by the phone for good); false when there is none. */
export function servePhoneAsset(files: PhoneFiles, path: string, request: IncomingMessage, response: ServerResponse): boolean {
  const asset = files.assets.get(path)
  if (!asset)
    return false
  response.setHeader('Cache-Control', 'public, max-age=31536000, immutable')
  send(request, response, asset.type, asset.body, asset.gzip)
  return true
}
