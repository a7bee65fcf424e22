import { z } from 'zod/mini'
import type { SurveySubmission } from './survey.ts'

/**
 * What a participant's phone keeps in localStorage: the answer as it stands and whether the
 * server has it yet, so a phone that loses the network keeps its answers and sends them later.
 * Checked in the browser, hence zod/mini.
 */
export const SurveyDraftSchema = z.strictObject({
  /** null until the consent screen was answered. */
  consent: z.nullable(z.enum(['accepted', 'declined'])),
  ties: z.array(z.string().check(z.minLength(1), z.maxLength(200))).check(z.maxLength(1000)),
  external: z.array(z.nullable(z.int().check(z.minimum(1), z.maximum(5)))).check(z.maxLength(30)),
  /** The server has not confirmed the latest change. */
  unsent: z.boolean(),
})
export type SurveyDraft = z.infer<typeof SurveyDraftSchema>

export function emptyDraft(partners: number): SurveyDraft {
  return { consent: null, ties: [], external: Array.from({ length: partners }, () => null), unsent: false }
}

/** What to send for a draft; undefined before consent. */
export function submissionOf(draft: SurveyDraft): SurveySubmission | undefined {
  if (draft.consent === null)
    return undefined
  return draft.consent === 'declined' ? { type: 'decline' } : { type: 'answer', ties: draft.ties, external: draft.external }
}

/** Reads a stored draft; anything tampered, outdated or for another number of partners is dropped. */
export function restoreDraft(text: string | null, partners: number): SurveyDraft | undefined {
  if (text === null)
    return undefined
  try {
    const parsed = SurveyDraftSchema.safeParse(JSON.parse(text))
    return parsed.success && parsed.data.external.length === partners ? parsed.data : undefined
  }
  catch {
    return undefined
  }
}

/** Members whose name or department contains every word of the query (case- and accent-insensitive). */
export function searchMembers<T extends { name: string, department: string }>(members: readonly T[], query: string): T[] {
  const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('da')
  const words = fold(query).split(/\s+/).filter(Boolean)
  return members.filter((member) => {
    const haystack = fold(`${member.name} ${member.department}`)
    return words.every(word => haystack.includes(word))
  })
}
