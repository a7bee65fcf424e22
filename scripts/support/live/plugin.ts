import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Plugin, ViteDevServer } from 'vite'
import { MCP_ROUTE, replayBody, SLIDE_SOURCE_ROUTE } from '../../../adapters/slidev.ts'
import type { Access, Role } from '../../../lib/live/access.ts'
import type { LiveDeck } from '../../../lib/live/apply.ts'
import { checkJsonBody, MAX_BODY_BYTES } from '../../../lib/live/guard.ts'
import { LIVE_EVENT, LIVE_MODULE, LIVE_PATHS, PHONE_ASSETS, phoneRoute, sessionCookieName } from '../../../lib/live/protocol.ts'
import { MAX_PHOTO_BYTES } from '../../../lib/photo/jpeg.ts'
import type { PairsResult } from '../../../lib/grouping/pairs.ts'
import type { SurveyDeck } from '../../../lib/survey/survey.ts'
import { ROOM } from '../../../lib/live/view.ts'
import { refusal, type Refusal } from '../../../lib/live/refusal.ts'
import { servePhoneAsset, servePhonePage, type PhoneFiles } from '../phone/serve.ts'
import { LiveServer } from './live-server.ts'
import { checkServerRefWrite, serverRefKey } from './slidev-writes.ts'

export interface LiveStatePluginOptions {
  /** The deck being served: its timers, programme and date, from its data modules (loaded through Vite, as TypeScript). */
  loadDeck: (load: (path: string) => Promise<Record<string, any>>) => Promise<LiveDeck>
  /** The deck's live survey (members and settings), when it has one. */
  loadSurvey?: (load: (path: string) => Promise<Record<string, any>>) => Promise<SurveyDeck | undefined>
  /** The deck's visit pairs by seed, drawn here with its survey's ties (which no browser gets). */
  loadVisitPairs?: (load: (path: string) => Promise<Record<string, any>>) => Promise<((seed: number) => PairsResult) | undefined>
  /** Where state is kept (SEMINARKIT_STATE_DIR, default `.seminarkit/`). */
  dir: string
  /** `--remote=<secret>`: who holds it is the presenter; undefined on loopback. */
  secret: string | undefined
  /** The phone pages' own small app for this server's base (scripts/support/phone/); without it Slidev serves them. */
  phoneApp?: (base: string) => Promise<PhoneFiles>
}

type Request = IncomingMessage
type Response = ServerResponse

/**
 * The dev server owns the day's live state and guards every write (contract §5). Its
 * middleware runs before Slidev's and vite-plugin-vue-server-ref's: whatever a client
 * sends, the server stays up, nothing invalid is applied or saved, and with `--remote`
 * nothing changes without the presenter's secret or a facilitator's token.
 */
export function liveStatePlugin(options: LiveStatePluginOptions): Plugin[] {
  let live: LiveServer | undefined
  const moduleId = `\0${LIVE_MODULE}`
  return [{
    // Every page starts from the state as it is now, so a reload never flashes an idle timer:
    // the room's view, as anyone may load this module. A static build has no server and gets null.
    name: 'seminarkit:live-snapshot',
    resolveId: id => id === LIVE_MODULE ? moduleId : undefined,
    load: id => id === moduleId ? `export default ${JSON.stringify(live?.snapshot(ROOM) ?? null)}\nexport const socket = null` : undefined,
  }, {
    name: 'seminarkit:live-state',
    apply: 'serve',
    // Before slidev:loader (also 'pre'), which handles /__slidev/slides/*.
    enforce: 'pre',
    async configureServer(server) {
      const owner = new LiveServer({
        deck: await options.loadDeck(path => server.ssrLoadModule(path)),
        survey: await options.loadSurvey?.(path => server.ssrLoadModule(path)),
        visitPairs: await options.loadVisitPairs?.(path => server.ssrLoadModule(path)),
        dir: options.dir,
        secret: options.secret,
        warn: message => server.config.logger.warn(`[seminarkit] ${message}`),
      })
      live = owner
      // Built (or taken from the cache) while Slidev starts; a phone that asks meanwhile waits.
      // A failed build leaves the phone pages to Slidev, as heavy as the deck but working.
      const phone = options.phoneApp?.(server.config.base).catch((error: Error) => {
        server.config.logger.error(`[seminarkit] ${error.message}\n[seminarkit] the phone pages load the whole deck instead`)
        return undefined
      })
      owner.onChange((snapshot) => {
        const module = server.moduleGraph.getModuleById(moduleId)
        if (module)
          server.moduleGraph.invalidateModule(module)
        server.hot.send({ type: 'custom', event: LIVE_EVENT, data: snapshot })
      })
      server.middlewares.use((request, response, next) => {
        handle(owner, server, phone, request, response).then((handled) => {
          if (!handled)
            next()
        }, (error: Error) => {
          server.config.logger.error(`[seminarkit] ${request.method} ${request.url}: ${error.message}`)
          if (!response.headersSent)
            refuse(response, refusal(500, 'serverError'))
        })
      })
    },
  }]
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/** True when the request was answered here; false to pass it on (with its body replayed). */
async function handle(live: LiveServer, server: ViteDevServer, phone: Promise<PhoneFiles | undefined> | undefined, request: Request, response: Response): Promise<boolean> {
  const url = new URL(request.url ?? '/', 'http://localhost')
  const path = url.pathname.replace(/^\/+/, '/')
  const access = live.credentials.accessOf(sessionOf(request))
  const { role } = access

  if (request.method === 'GET' || request.method === 'HEAD') {
    if (phone && (phoneRoute(path) || path.startsWith(PHONE_ASSETS))) {
      const files = await phone
      if (files && phoneRoute(path)) {
        servePhonePage(files, { snapshot: live.snapshot(ROOM), socket: { token: server.config.webSocketToken } }, request, response)
        return true
      }
      if (files)
        return servePhoneAsset(files, path, request, response) || refuse(response, refusal(404, 'noPhoneFile', { path }))
    }
    switch (path) {
      case LIVE_PATHS.clock: return reply(response, 200, { now: Date.now() })
      case LIVE_PATHS.state: return reply(response, 200, live.snapshot(access))
      case LIVE_PATHS.session: return reply(response, 200, { remote: live.credentials.remote, ...access })
      case LIVE_PATHS.network: return reply(response, 200, { urls: live.credentials.remote ? server.resolvedUrls?.network ?? [] : [] })
      case LIVE_PATHS.tokens:
        return role === 'presenter'
          ? reply(response, 200, { tokens: live.credentials.tokens() })
          : refuse(response, refusal(403, 'presenterOnly', { what: 'facilitator tokens' }))
      case LIVE_PATHS.surveyTokens:
        return role === 'presenter'
          ? reply(response, 200, { tokens: live.participantTokens() })
          : refuse(response, refusal(403, 'presenterOnly', { what: 'survey codes' }))
      case LIVE_PATHS.survey: {
        const view = participantOf(live, request, (memberId) => live.participantView(memberId))
        return view ? reply(response, 200, view) : refuse(response, refusal(403, 'surveyCode'))
      }
      default: return path.startsWith(`${LIVE_PATHS.photo}/`) ? servePhoto(live, access, path, response) : false
    }
  }
  if (request.method === 'POST' && path === LIVE_PATHS.photo)
    return uploadPhoto(live, access, url, request, response)
  if (!WRITE_METHODS.has(request.method ?? ''))
    return false

  // MCP reads its own body; on the venue's network only the presenter may use it.
  if (path === MCP_ROUTE || path.startsWith(`${MCP_ROUTE}/`))
    return role === 'presenter' ? false : refuse(response, refusal(403, 'presenterOnly', { what: 'Slidev MCP' }))

  const bytes = await readBody(request, MAX_BODY_BYTES)
  if (bytes === undefined)
    return refuse(response, refusal(413, 'tooLarge', { kb: MAX_BODY_BYTES / 1024 }))
  const body = bytes.toString('utf8')
  const checked = checkJsonBody(body)
  if (!checked.ok)
    return refuse(response, checked)

  switch (path) {
    case LIVE_PATHS.command: {
      const result = live.run(checked.value, access)
      return reply(response, result.ok ? 200 : result.status, result)
    }
    case LIVE_PATHS.session: return signIn(live, request, response, checked.value)
    case LIVE_PATHS.tokens: return manageTokens(live, role, response, checked.value)
    case LIVE_PATHS.survey: {
      const result = participantOf(live, request, memberId => live.answerSurvey(memberId, checked.value))
      return result ? reply(response, result.ok ? 200 : result.status, result) : refuse(response, refusal(403, 'surveyCode'))
    }
  }

  const key = serverRefKey(path)
  if (key !== undefined) {
    if (role !== 'presenter')
      return refuse(response, refusal(403, 'presenterOnly', { what: 'nav' }))
    if (phoneRoute(refererPath(request) ?? ''))
      return refuse(response, refusal(403, 'phoneNoNav'))
    const problem = checkServerRefWrite(key, checked.value)
    if (problem)
      return refuse(response, problem)
    replayBody(request, body)
    return false
  }
  if (SLIDE_SOURCE_ROUTE.test(path)) {
    if (role !== 'presenter')
      return refuse(response, refusal(403, 'presenterOnly', { what: 'slide source' }))
    replayBody(request, body)
    return false
  }
  return refuse(response, refusal(405, 'notAccepted', { method: request.method ?? '', path }))
}

function signIn(live: LiveServer, request: Request, response: Response, body: unknown): true {
  const credential = body as { secret?: unknown, token?: unknown }
  const given = typeof credential?.secret === 'string'
    ? { secret: credential.secret }
    : typeof credential?.token === 'string' ? { token: credential.token } : undefined
  if (!given)
    return refuse(response, refusal(400, 'signInShape'))
  const session = live.credentials.signIn(given)
  if (!live.credentials.remote && !session)
    return reply(response, 200, { remote: false, role: 'presenter' })
  if (!session)
    return refuse(response, refusal(403, 'credentialInvalid'))
  response.setHeader('Set-Cookie', `${sessionCookieName(localPort(request))}=${session.sessionId}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${7 * 24 * 3600}`)
  return reply(response, 200, { remote: live.credentials.remote, ...session.access })
}

/** Runs `use` for the survey member this request's session answers for; undefined without one. */
function participantOf<T>(live: LiveServer, request: Request, use: (memberId: string) => T | undefined): T | undefined {
  const memberId = live.credentials.participantOf(sessionOf(request))
  return memberId === undefined ? undefined : use(memberId)
}

function manageTokens(live: LiveServer, role: Role, response: Response, body: unknown): true {
  if (role !== 'presenter')
    return refuse(response, refusal(403, 'presenterOnly', { what: 'facilitator tokens' }))
  const request = body as { label?: unknown, revoke?: unknown }
  if (typeof request?.revoke === 'string')
    return live.credentials.revoke(request.revoke) ? reply(response, 200, { ok: true }) : refuse(response, refusal(404, 'noToken'))
  if (typeof request?.label === 'string' && request.label.length > 0 && request.label.length <= 200)
    return reply(response, 200, { ok: true, token: live.credentials.facilitatorToken(request.label) })
  return refuse(response, refusal(400, 'tokenShape'))
}

/**
 * The body, or undefined once it passes `limit` bytes. The rest is read and dropped, not
 * kept, and the refusal waits for its end: answering while the client still writes makes
 * Node close the socket, and the client sees EPIPE instead of the 413.
 */
function readBody(request: Request, limit: number): Promise<Buffer | undefined> {
  const declared = Number(request.headers['content-length'])
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let over = Number.isFinite(declared) && declared > limit
    request.on('data', (chunk: Buffer) => {
      if (over)
        return
      size += chunk.length
      if (size > limit) {
        over = true
        chunks.length = 0
        return
      }
      chunks.push(chunk)
    })
    request.on('error', reject)
    request.on('end', () => resolve(over ? undefined : Buffer.concat(chunks)))
  })
}

/** A table's photo, with its own size limit (the phone scales it down first). */
async function uploadPhoto(live: LiveServer, access: Access, url: URL, request: Request, response: Response): Promise<true> {
  const table = url.searchParams.get('table') ?? ''
  if (!/^[1-9]\d{0,2}$/.test(table))
    return refuse(response, refusal(400, 'photoTable'))
  if (access.role === 'viewer')
    return refuse(response, refusal(403, 'photoNeedsCard'))
  const body = await readBody(request, MAX_PHOTO_BYTES)
  if (body === undefined)
    return refuse(response, refusal(413, 'photoTooLarge', { mb: MAX_PHOTO_BYTES / 1024 / 1024 }))
  const result = await live.addPhoto(Number(table), body, access)
  return reply(response, result.ok ? 200 : result.status, result)
}

/** A photo, to whoever may see it: an unapproved one only to the presenter and its own table. */
function servePhoto(live: LiveServer, access: Access, path: string, response: Response): true {
  const match = /^\/([1-9]\d{0,2}-\d{1,15})\.jpg$/.exec(path.slice(LIVE_PATHS.photo.length))
  const bytes = match ? live.photo(match[1]!, access) : undefined
  if (!bytes)
    return refuse(response, refusal(404, 'noPhoto', { id: match?.[1] ?? path }))
  response.statusCode = 200
  response.setHeader('Content-Type', 'image/jpeg')
  // The bytes never change, but who may see them does (approve, hide): no shared cache.
  response.setHeader('Cache-Control', 'private, max-age=31536000, immutable')
  response.setHeader('X-Content-Type-Options', 'nosniff')
  response.end(bytes)
  return true
}

function sessionOf(request: Request): string | undefined {
  const name = sessionCookieName(localPort(request))
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, value] = part.trim().split('=')
    if (key === name && value)
      return value
  }
  return undefined
}

function localPort(request: Request): number {
  return request.socket.localPort ?? 0
}

function refererPath(request: Request): string | undefined {
  try {
    return request.headers.referer ? new URL(request.headers.referer).pathname : undefined
  }
  catch {
    return undefined
  }
}

function reply(response: Response, status: number, body: unknown): true {
  response.statusCode = status
  response.setHeader('Content-Type', 'application/json; charset=utf-8')
  response.setHeader('Cache-Control', 'no-store')
  response.end(JSON.stringify(body))
  return true
}

function refuse(response: Response, refused: Refusal): true {
  return reply(response, refused.status, refused)
}
