import { z } from 'zod'
import { BulletSlideSchema, FigureSchema, SessionSchema } from './common.ts'

/** The texts around the network analysis; every figure on these slides is computed. */
export const NetworkSectionSchema = z.object({
  session: SessionSchema,
  purpose: BulletSlideSchema,
  forum: FigureSchema,
  example: FigureSchema,
  structure: z.object({ title: z.string().min(1) }),
  external: z.object({ title: z.string().min(1) }),
})
export type NetworkSection = z.infer<typeof NetworkSectionSchema>
