import { refusal, type Refusal } from './refusal.ts'
import { INSIGHT_MAX_CHARS } from './state.ts'

// Control characters, and the invisible ones that reorder or hide text (bidi overrides,
// zero-width), which have no place in a line the room reads on the projector.
const INVISIBLE = /[\p{Cc}\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/gu

/**
 * A table's insight as the room will see it: NFC, plain text on one line, no invisible
 * characters, at most INSIGHT_MAX_CHARS characters. The reason says what to fix.
 */
export function normaliseInsight(raw: string): { ok: true, text: string } | Refusal {
  const text = raw.normalize('NFC').replace(/\s+/gu, ' ').replace(INVISIBLE, '').replace(/ {2,}/g, ' ').trim()
  if (text.length === 0)
    return refusal(400, 'insightEmpty')
  const chars = [...text].length
  if (chars > INSIGHT_MAX_CHARS)
    return refusal(400, 'insightTooLong', { chars, max: INSIGHT_MAX_CHARS })
  return { ok: true, text }
}
