import { z } from 'zod'
import { IsoDate, SessionSchema } from './common.ts'

export const SeminarSchema = z.object({
  title: z.string().min(1),
  organisation: z.string().min(1),
  /** The group of leaders the course is for. */
  forum: z.string().min(1),
  date: IsoDate,
  place: z.string().min(1),
  welcome: SessionSchema,
  programmeIntro: SessionSchema,
  thanks: SessionSchema,
})
export type Seminar = z.infer<typeof SeminarSchema>
