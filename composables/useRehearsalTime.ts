import { configs } from '@slidev/client'
import { parseRehearsalAt, type Rehearsal } from '../lib/programme/index.ts'

let rehearsal: Rehearsal | undefined | null = null

function queryAt(): string | null {
  const fromSearch = new URLSearchParams(window.location.search).get('at')
  if (fromSearch !== null)
    return fromSearch
  // Hash routing (`routerMode: hash`) keeps the query after the '#'.
  const hashQuery = window.location.hash.split('?')[1]
  return hashQuery === undefined ? null : new URLSearchParams(hashQuery).get('at')
}

/**
 * The rehearsal this page was opened for: `?at=10.05` in the URL, else the headmatter's
 * `seminarkit: { at: '10.05' }`; undefined for the real day. Read once per page load, so
 * the clock runs on from the moment the page opened.
 */
export function useRehearsalTime(): Rehearsal | undefined {
  if (rehearsal === null) {
    const settings = configs.seminarkit as { at?: unknown } | undefined
    const at = parseRehearsalAt(queryAt() ?? settings?.at)
    rehearsal = at === undefined ? undefined : { at, sinceMs: Date.now() }
  }
  return rehearsal
}
