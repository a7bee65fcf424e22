import { z } from 'zod'
import { Clock } from './common.ts'

export const ProgrammeItemSchema = z.object({
  /** Stable id, used by the live agenda and timers. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'expected a lowercase id such as "forskning"'),
  start: Clock,
  /** Omitted for an open-ended last item ("13.30 –"). */
  end: Clock.optional(),
  title: z.string().min(1),
  speaker: z.string().min(1).optional(),
  /** A fixed point of the day (lunch, a bus): it keeps its time when the day runs late. */
  pinned: z.boolean().optional(),
})
export type ProgrammeItem = z.infer<typeof ProgrammeItemSchema>

export const ProgrammeSchema = z.object({
  /** Column headings of the printed table. */
  headings: z.object({ time: z.string(), item: z.string() }),
  items: z.array(ProgrammeItemSchema).min(1),
})
export type Programme = z.infer<typeof ProgrammeSchema>
