import { z } from 'zod'
import { Markdown } from './common.ts'

export const TeamColourSchema = z.object({
  /** The colour's Danish name, as used on the CLI (`--teams blå,rød,grøn`). */
  colour: z.string().min(1),
  /** "Aarhus Kommune Blå" */
  name: z.string().min(1),
  facilitator: z.string().min(1).nullable(),
  /** Display colour; from a colour-blind safe palette, always shown with its name. */
  hex: z.string().regex(/^#[0-9a-f]{6}$/i),
})
export type TeamColour = z.infer<typeof TeamColourSchema>

export const LegoExerciseSchema = z.object({
  title: z.string().min(1),
  task: z.object({ intro: Markdown, points: z.array(Markdown).min(1) }),
  purpose: z.array(Markdown).min(1),
  instructions: z.object({
    title: z.string().min(1),
    intro: Markdown,
    assigned: z.array(Markdown).min(1),
    teamsIntro: Markdown,
  }),
  teams: z.array(TeamColourSchema).min(1),
  presentation: z.object({ title: z.string().min(1), points: z.array(Markdown).min(1) }),
  insights: z.object({ title: z.string().min(1), intro: Markdown, points: z.array(Markdown).min(1) }),
  /** Roles handed out within each team and department. */
  roles: z.object({ lead: z.literal('direktør'), member: z.literal('chef') }),
})
export type LegoExercise = z.infer<typeof LegoExerciseSchema>
