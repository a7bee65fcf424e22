import { z } from 'zod'
import { IsoDate, SessionSchema } from './common.ts'

export const SeminarSchema = z.object({
  title: z.string().min(1),
  organisation: z.string().min(1),
  /** The group of leaders the course is for. */
  forum: z.string().min(1),
  date: IsoDate,
  place: z.string().min(1),
  /** Short names of the departments ("MSB"), for boards the room reads from the back. */
  departmentAbbreviations: z.record(z.string().min(1), z.string().min(1)).default({}),
  welcome: SessionSchema,
  programmeIntro: SessionSchema,
  thanks: SessionSchema,
})
export type Seminar = z.infer<typeof SeminarSchema>
