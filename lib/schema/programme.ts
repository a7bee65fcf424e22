import { z } from 'zod'
import { programmeOrderIssues } from '../programme/order.ts'
import { Clock } from './common.ts'

export const ProgrammeItemSchema = z.object({
  /** Stable id, used by the live agenda and timers. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'expected a lowercase id such as "forskning"'),
  start: Clock,
  /** Omitted for an open-ended last item ("13.30 –"); or give `duration` instead. */
  end: Clock.optional(),
  /** Length in minutes, an alternative to `end`. */
  duration: z.number().int('expected whole minutes').positive('expected a positive number of minutes').optional(),
  title: z.string().min(1),
  speaker: z.string().min(1).optional(),
  /** A fixed point of the day (lunch, a bus): it keeps its time when the day runs late. */
  pinned: z.boolean().optional(),
})
export type ProgrammeItem = z.infer<typeof ProgrammeItemSchema>

/** The shape alone; `ProgrammeSchema` adds the rules between items (order, overlaps). */
export const ProgrammeShapeSchema = z.object({
  /** Column headings of the printed table. */
  headings: z.object({ time: z.string(), item: z.string() }),
  items: z.array(ProgrammeItemSchema).min(1),
})

export const ProgrammeSchema = ProgrammeShapeSchema.superRefine((programme, ctx) => {
  // Runs even when an item is malformed, so a presenter sees every problem at once.
  const items: unknown = (programme as { items?: unknown }).items
  if (!Array.isArray(items))
    return
  for (const issue of programmeOrderIssues(items))
    ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message, input: issue.found })
}, { when: () => true })
export type Programme = z.infer<typeof ProgrammeSchema>
