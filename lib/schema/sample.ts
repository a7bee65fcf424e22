import { z } from 'zod'

/**
 * How the seeded generators make a deck's fictional participants and network survey
 * (`data/<deck>/sample.ts`; scripts/generate-participants.ts, scripts/generate-network.ts).
 * Real decks replace the generated CSVs with their own exports and may drop this module.
 */
export const SampleSchema = z.object({
  seed: z.number().int().nonnegative(),
  /** The organisation's units and how many participants each has. */
  departments: z.array(z.object({ name: z.string().min(1), size: z.number().int().min(1) })).min(2),
  /** At least as many as participants: first names are unique, so slides can show first names alone. */
  firstNames: z.array(z.string().min(1)).min(2),
  lastNames: z.array(z.string().min(1)).min(1),
  /** The position of the first person of each department ("Direktør"). */
  leadTitle: z.string().min(1),
  /** Positions for everyone else. */
  titles: z.array(z.string().min(1)).min(1),
  /** An obviously fictional e-mail domain ("eksempel.dk", "example.org"). */
  emailDomain: z.string().regex(/^[a-z0-9.-]+\.[a-z]+$/),
  survey: z.object({
    /** How many of the participants answered. */
    respondents: z.number().int().min(2),
    /** How many ties the answers report, in all. */
    ties: z.number().int().min(1),
    /** Planted core members per department; the analysis decides the actual core. */
    plantedPerDepartment: z.number().int().min(1),
    /** The core must span at least this many departments. */
    minCoreDepartments: z.number().int().min(1),
    /** External partner types and the mean contact (1–5) the core and the periphery report. */
    external: z.array(z.object({ partner: z.string().min(1), core: z.number().min(1).max(5), periphery: z.number().min(1).max(5) })),
  }),
}).superRefine((sample, ctx) => {
  const total = sample.departments.reduce((sum, department) => sum + department.size, 0)
  if (sample.firstNames.length < total)
    ctx.addIssue({ code: 'custom', path: ['firstNames'], input: sample.firstNames.length, message: `expected at least ${total} first names, one per participant` })
  if (sample.survey.respondents > total)
    ctx.addIssue({ code: 'custom', path: ['survey', 'respondents'], input: sample.survey.respondents, message: `expected at most ${total} respondents` })
})
export type Sample = z.infer<typeof SampleSchema>
