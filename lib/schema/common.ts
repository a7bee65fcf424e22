import { z } from 'zod'
import { isClock, parseIsoDate } from '../time.ts'

/** Text that may hold inline markdown (**bold**); rendered by lib/markdown with html off. */
export const Markdown = z.string().min(1, 'expected text')

export const IsoDate = z.string().refine((value) => {
  try {
    parseIsoDate(value)
    return true
  }
  catch {
    return false
  }
}, 'expected a date as YYYY-MM-DD')

export const IsoMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month as YYYY-MM')

export const Clock = z.string().refine(isClock, 'expected a time of day such as "09.00"')

/** A session's title and who gives it ("v. Henrik Seiding"). */
export const SessionSchema = z.object({
  title: z.string().min(1),
  speaker: z.string().min(1),
})
export type Session = z.infer<typeof SessionSchema>
