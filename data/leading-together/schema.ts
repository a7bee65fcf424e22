// The content of this deck's own slides: what only "Leading Together" shows.
import { z } from 'zod'
import { BulletSlideSchema, FigureSchema, Markdown, SessionSchema } from '../../lib/schema/common.ts'
import { PrioritiesSchema } from '../../lib/schema/ranking.ts'

export const ContentSchema = z.object({
  goals: BulletSlideSchema,
  course: z.object({ title: z.string().min(1) }),
  residents: z.object({
    session: SessionSchema,
    quote: z.object({ text: z.string().min(1), who: z.string().min(1) }),
    findings: BulletSlideSchema,
    priorities: PrioritiesSchema,
    journey: FigureSchema,
  }),
  tables: z.object({ title: z.string().min(1) }),
  network: z.object({
    session: SessionSchema,
    purpose: BulletSlideSchema,
    title: z.string().min(1),
    structure: z.string().min(1),
    external: z.string().min(1),
    broker: z.string().min(1),
    brokerCaption: z.string().min(1),
  }),
  breakTitle: z.string().min(1),
  teams: z.object({ title: z.string().min(1), intro: Markdown, points: z.array(Markdown).min(1) }),
  visits: z.object({ title: z.string().min(1), intro: BulletSlideSchema }),
  nextSteps: BulletSlideSchema,
})
