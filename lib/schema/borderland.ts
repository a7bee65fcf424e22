import { z } from 'zod'
import { BulletSlideSchema, Markdown, MediaSchema, SessionSchema } from './common.ts'

/** "At arbejde og lede i grænselandet": a practice talk from a cross-department collaboration. */
export const BorderlandTalkSchema = z.object({
  session: SessionSchema,
  cover: z.object({ heading: z.string().min(1), motto: z.string().min(1), byline: z.string().min(1) }),
  share: BulletSlideSchema,
  course: z.object({ title: z.string().min(1), subtitle: z.string().min(1), outcomes: z.array(Markdown).min(1) }),
  trials: z.object({
    title: z.string().min(1),
    groups: z.array(z.object({ heading: z.string().min(1), points: z.array(Markdown).min(1) })).min(1),
  }),
  outcome: BulletSlideSchema,
  model: z.object({
    title: z.string().min(1),
    steps: z.array(z.object({ number: z.number().int().positive(), title: z.string().min(1), points: z.array(Markdown).min(1) })).min(1),
  }),
  chain: z.object({ title: z.string().min(1), intention: Markdown, trial: Markdown, call: Markdown }),
  why: MediaSchema,
  lessons: z.object({
    title: z.string().min(1),
    points: z.array(z.object({ heading: Markdown, text: z.array(Markdown).default([]) })).min(1),
  }),
  questions: z.object({ title: z.string().min(1) }),
})
export type BorderlandTalk = z.infer<typeof BorderlandTalkSchema>

