import { z } from 'zod'
import { BulletSlideSchema, Markdown } from './common.ts'

const FocusSchema = z.object({
  question: z.string().min(1),
  points: z.array(Markdown).min(1),
})

export const GoalsSchema = z.object({
  course: BulletSlideSchema,
  learning: z.object({
    title: z.string().min(1),
    focus: FocusSchema,
    practiceField: FocusSchema,
  }),
  boundaryCrossing: BulletSlideSchema,
})
export type Goals = z.infer<typeof GoalsSchema>
