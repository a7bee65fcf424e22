import { z } from 'zod'
import { SERVER_REF_PREFIXES, SERVER_REF_UNDEFINED } from '../../../adapters/slidev.ts'
import { refusal, type Refusal } from '../../../lib/live/refusal.ts'

/**
 * What seminarkit lets through of Slidev's own writes: the presentation's position
 * (`nav`), validated; never drawings or snapshots (a deck of ours uses neither, and Slidev
 * writes their files without validation).
 */

const Unset = z.literal(SERVER_REF_UNDEFINED)
const Count = z.number().int().min(0).max(100_000)
const Time = z.number().finite().min(0)

const NavTimer = z.strictObject({
  status: z.enum(['stopped', 'running', 'paused']),
  slides: z.record(z.string().regex(/^\d{1,5}$/), z.union([z.strictObject({ start: Time.optional(), end: Time.optional() }), Unset])),
  startedAt: Time,
  pausedAt: Time,
})

const Nav = z.strictObject({
  page: Count,
  clicks: Count,
  clicksTotal: Count,
  timer: NavTimer,
  cursor: z.union([z.strictObject({ x: z.number().finite(), y: z.number().finite(), style: z.enum(['cursor', 'laser']).optional() }), Unset]),
  lastUpdate: z.union([z.strictObject({ id: z.string().max(100), type: z.enum(['presenter', 'viewer']), time: Time }), Unset]),
})

const NavWrite = z.strictObject({
  source: z.string().max(100),
  timestamp: Time,
  patch: Nav.partial().extend({ timer: NavTimer.partial().optional() }).optional(),
  data: Nav.partial().optional(),
})

/** The server-ref key a request writes, or undefined when it is not a server-ref write. */
export function serverRefKey(path: string): string | undefined {
  const prefix = SERVER_REF_PREFIXES.find(p => path.startsWith(p))
  return prefix === undefined ? undefined : decodeURIComponent(path.slice(prefix.length))
}

/** Undefined when Slidev may apply this write; else the refusal. */
export function checkServerRefWrite(key: string, body: unknown): Refusal | undefined {
  if (key !== 'nav')
    return refusal(403, 'notAccepted', { method: 'POST', path: key })
  const result = NavWrite.safeParse(body)
  if (result.success)
    return undefined
  const issue = result.error.issues[0]!
  return refusal(400, 'malformed', { where: `nav ${issue.path.join('.') || 'write'}`, problem: issue.message })
}
