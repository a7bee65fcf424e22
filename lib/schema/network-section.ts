import { z } from 'zod'
import { BulletSlideSchema, FigureSchema, SessionSchema } from './common.ts'

/** The texts around the network analysis; every figure on these slides is computed. */
export const NetworkSectionSchema = z.object({
  session: SessionSchema,
  purpose: BulletSlideSchema,
  forum: FigureSchema,
  example: FigureSchema,
  structure: z.object({
    title: z.string().min(1),
    /** The seed's words for a core that spans departments, when it knows more than the survey. */
    mixedCore: z.string().min(1).optional(),
  }),
  external: z.object({ title: z.string().min(1) }),
})
export type NetworkSection = z.infer<typeof NetworkSectionSchema>
