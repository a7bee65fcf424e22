import { z } from 'zod'
import { BulletSlideSchema, Markdown, SessionSchema } from './common.ts'

/** The plan for job visits in pairs after the seminar, February to May. */
export const JobVisitPlanSchema = z.object({
  session: SessionSchema,
  practice: z.object({
    title: z.string().min(1),
    background: z.array(Markdown).min(1),
    purpose: z.array(Markdown).min(1),
  }),
  leadership: z.object({
    title: z.string().min(1),
    /** The three views of leadership the visits compare. */
    /** The three ellipses of the seed's figure, named as it names them. */
    kinds: z.array(z.string().min(1)).length(3),
    question: Markdown,
  }),
  frame: BulletSlideSchema.extend({ steps: z.array(Markdown).length(3) }),
  activity: z.object({
    title: z.string().min(1),
    intro: z.string().min(1),
    criteria: z.array(Markdown).min(1),
    scope: z.object({ heading: z.string().min(1), text: Markdown }),
    examples: z.object({ heading: z.string().min(1), points: z.array(Markdown).min(1) }),
  }),
  schedule: z.object({
    title: z.string().min(1),
    months: z.array(z.object({
      /** Lower-case month name, as the pairs command writes it ("marts"). */
      month: z.enum(['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december']),
      points: z.array(Markdown).min(1),
    })).min(1),
  }),
})
export type JobVisitPlan = z.infer<typeof JobVisitPlanSchema>
