import { z } from 'zod'
import { IsoDate, IsoMonth } from './common.ts'

export const PhaseSchema = z.object({
  number: z.number().int().positive(),
  from: IsoMonth,
  to: IsoMonth,
  title: z.string().min(1),
  /** The joint seminar that opens the phase, when it has one. */
  seminar: z.object({
    dates: z.array(IsoDate).min(1),
    /** As the course plan writes it: "Fælles seminar 8.-9. november:" */
    label: z.string().min(1),
    theme: z.string().min(1),
  }).optional(),
  handling: z.string().min(1).optional(),
  activity: z.string().min(1).optional(),
  /** A phase without a seminar lists its steps instead. */
  items: z.array(z.string().min(1)).default([]),
})
export type Phase = z.infer<typeof PhaseSchema>

export const PhasesSchema = z.array(PhaseSchema).min(1).superRefine((phases, ctx) => {
  phases.forEach((phase, index) => {
    if (phase.to < phase.from)
      ctx.addIssue({ code: 'custom', path: [index, 'to'], message: `phase ${phase.number} ends (${phase.to}) before it starts (${phase.from})` })
    const previous = phases[index - 1]
    if (previous && phase.from < previous.to)
      ctx.addIssue({ code: 'custom', path: [index, 'from'], message: `phase ${phase.number} starts (${phase.from}) before phase ${previous.number} ends (${previous.to})` })
  })
})
