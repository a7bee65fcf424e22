import { z } from 'zod'
import { IsoDate } from './common.ts'

/** A deck's live network survey (/survey): who is asked about what, and the consent screen's words. */
export const SurveySchema = z.object({
  /** The external partner types asked about, in the order of external.csv's columns. */
  partners: z.array(z.string().min(1)).min(1).max(30),
  /** Response rate (0–1) from which a diagram may name people, if `names` also allows it. */
  gate: z.number().min(0).max(1).default(0.8),
  /** The deck opts in to names above the gate; without it the room only ever sees departments. */
  names: z.boolean().default(false),
  /** The day every answer is deleted (`seminar survey delete`), told on the consent screen. */
  deleteBy: IsoDate,
  /** The consent screen, in the deck's language; {gate} and {deleteBy} are filled in. */
  consent: z.object({
    title: z.string().min(1),
    paragraphs: z.array(z.object({ heading: z.string().min(1), text: z.string().min(1) })).min(1),
    accept: z.string().min(1),
    decline: z.string().min(1),
  }),
})
export type Survey = z.output<typeof SurveySchema>
