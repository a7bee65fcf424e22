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

/** A bullet, optionally with sub-bullets, as the seed's slides nest them. */
export const BulletSchema = z.union([
  Markdown,
  z.object({ text: Markdown, points: z.array(Markdown).min(1) }),
])
export type Bullet = z.infer<typeof BulletSchema>

/** A titled slide of bullets. */
export const BulletSlideSchema = z.object({
  title: z.string().min(1),
  intro: Markdown.optional(),
  points: z.array(BulletSchema).min(1),
})
export type BulletSlide = z.infer<typeof BulletSlideSchema>

/** A figure the seed shows as a picture: a caption until the picture is drawn from data. */
export const FigureSchema = z.object({
  title: z.string().min(1),
  caption: z.string().min(1),
})
export type Figure = z.infer<typeof FigureSchema>

/** File types a media slide can show. */
export const MEDIA_FILE = /^[\w.-]+\.(?:mp4|webm|m4v|jpe?g|png|webp|svg)$/i

/** A video or picture from the deck's folder `data/<deck>/media/`. */
export const MediaSchema = z.object({
  title: z.string().min(1),
  caption: z.string().min(1),
  kind: z.enum(['video', 'image']),
  /** File name in `data/<deck>/media/`; while it is absent the slide shows a title card. */
  file: z.string().regex(MEDIA_FILE, 'a file name such as "klip.mp4" or "billede.jpg" (mp4, webm, m4v, jpg, png, webp, svg)'),
})
export type Media = z.infer<typeof MediaSchema>
