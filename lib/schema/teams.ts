import { z } from 'zod'

export const TeamColourSchema = z.object({
  /** The colour's name in the deck's language, as used on the CLI (`--teams blå,rød,grøn`). */
  colour: z.string().min(1),
  /** The team's display name ("Aarhus Kommune Blå"). */
  name: z.string().min(1),
  facilitator: z.string().min(1).nullable(),
  /** Display colour; pick a colour-blind safe palette, it is always shown with its name. */
  hex: z.string().regex(/^#[0-9a-f]{6}$/i, 'expected a colour such as "#0072b2"'),
})
export type TeamColour = z.infer<typeof TeamColourSchema>

/** The teams of a grouping exercise: their colours and the two roles handed out in them. */
export const TeamsSchema = z.object({
  colours: z.array(TeamColourSchema).min(1),
  /** Within each team, one `lead` per department present; everyone else of it is `member`. */
  roles: z.object({ lead: z.string().min(1), member: z.string().min(1) }),
}).superRefine((teams, ctx) => {
  const seen = new Set<string>()
  teams.colours.forEach((team, index) => {
    if (seen.has(team.colour))
      ctx.addIssue({ code: 'custom', path: ['colours', index, 'colour'], input: team.colour, message: `expected a colour not used by another team` })
    seen.add(team.colour)
  })
  if (teams.roles.lead === teams.roles.member)
    ctx.addIssue({ code: 'custom', path: ['roles', 'member'], input: teams.roles.member, message: 'expected a role word other than the lead\'s' })
})
export type Teams = z.infer<typeof TeamsSchema>
