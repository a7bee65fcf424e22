// The content schemas of this deck's own talks: only its data modules and slides use them.
import { z } from 'zod'
import { BulletSlideSchema, FigureSchema, Markdown, MediaSchema, SessionSchema } from '../../lib/schema/common.ts'
import { PrioritiesSchema } from '../../lib/schema/ranking.ts'

const FocusSchema = z.object({
  question: z.string().min(1),
  points: z.array(Markdown).min(1),
})

export const GoalsSchema = z.object({
  course: BulletSlideSchema,
  learning: z.object({
    title: z.string().min(1),
    focus: FocusSchema,
    practiceField: FocusSchema,
  }),
  boundaryCrossing: BulletSlideSchema,
})
export type Goals = z.infer<typeof GoalsSchema>

export const ResearchTalkSchema = z.object({
  session: SessionSchema,
  /** The talk's own title slide. */
  cover: z.object({
    heading: z.string().min(1),
    topic: z.string().min(1),
    institutions: z.array(z.string().min(1)).min(1),
  }),
  priorities: PrioritiesSchema,
  relational: BulletSlideSchema,
  exercise: z.object({ heading: z.string().min(1) }),
  clip: MediaSchema,
})
export type ResearchTalk = z.infer<typeof ResearchTalkSchema>

/** "At arbejde og lede i grænselandet": a practice talk from a cross-department collaboration. */
export const BorderlandTalkSchema = z.object({
  session: SessionSchema,
  cover: z.object({ heading: z.string().min(1), motto: z.string().min(1), byline: z.string().min(1) }),
  share: BulletSlideSchema,
  course: z.object({ title: z.string().min(1), subtitle: z.string().min(1), outcomes: z.array(Markdown).min(1) }),
  trials: z.object({
    title: z.string().min(1),
    groups: z.array(z.object({ heading: z.string().min(1), points: z.array(Markdown).min(1) })).min(1),
  }),
  outcome: BulletSlideSchema,
  model: z.object({
    title: z.string().min(1),
    steps: z.array(z.object({ number: z.number().int().positive(), title: z.string().min(1), points: z.array(Markdown).min(1) })).min(1),
  }),
  chain: z.object({ title: z.string().min(1), intention: Markdown, trial: Markdown, call: Markdown }),
  why: MediaSchema,
  lessons: z.object({
    title: z.string().min(1),
    points: z.array(z.object({ heading: Markdown, text: z.array(Markdown).default([]) })).min(1),
  }),
  questions: z.object({ title: z.string().min(1) }),
})
export type BorderlandTalk = z.infer<typeof BorderlandTalkSchema>

/** The plan for job visits in pairs after the seminar, February to May. */
export const JobVisitPlanSchema = z.object({
  session: SessionSchema,
  practice: z.object({
    title: z.string().min(1),
    background: z.array(Markdown).min(1),
    purpose: z.array(Markdown).min(1),
  }),
  leadership: z.object({
    title: z.string().min(1),
    /** The three views of leadership the visits compare: the ellipses of the seed's figure, named as it names them. */
    kinds: z.array(z.string().min(1)).length(3),
    question: Markdown,
  }),
  frame: BulletSlideSchema.extend({ steps: z.array(Markdown).length(3) }),
  activity: z.object({
    title: z.string().min(1),
    intro: z.string().min(1),
    criteria: z.array(Markdown).min(1),
    scope: z.object({ heading: z.string().min(1), text: Markdown }),
    examples: z.object({ heading: z.string().min(1), points: z.array(Markdown).min(1) }),
  }),
  schedule: z.object({
    title: z.string().min(1),
    months: z.array(z.object({
      /** Lower-case month name, as the pairs command writes it ("marts"). */
      month: z.enum(['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december']),
      points: z.array(Markdown).min(1),
    })).min(1),
  }),
})
export type JobVisitPlan = z.infer<typeof JobVisitPlanSchema>

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
  presentation: z.object({ title: z.string().min(1), points: z.array(Markdown).min(1) }),
  insights: z.object({ title: z.string().min(1), intro: Markdown, points: z.array(Markdown).min(1) }),
})
export type LegoExercise = z.infer<typeof LegoExerciseSchema>

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
