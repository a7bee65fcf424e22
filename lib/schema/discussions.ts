import { z } from 'zod'
import { Markdown } from './common.ts'

const Id = z.string().regex(/^[a-z0-9-]+$/, 'expected a lowercase id such as "viden"')

/** How many people talk together in a phase: a number, or the whole room. */
export const GroupSizeSchema = z.union([z.number().int().min(1), z.literal('all')])
export type GroupSize = z.infer<typeof GroupSizeSchema>

/** One timed part of a discussion format: "4 min. in fours", with what the groups do. */
export const FormatPhaseSchema = z.object({
  id: Id,
  /** Short name shown on the slide and the timer page ("1", "Alone", "Klienten fortæller"). */
  name: z.string().min(1),
  minutes: z.number().positive(),
  groupSize: GroupSizeSchema,
  /** What everyone does in this phase; shown while it runs. */
  instruction: Markdown.optional(),
  /** A prompt for one role in the group (Troika's client), shown beside the instruction. */
  role: Markdown.optional(),
})
export type FormatPhase = z.infer<typeof FormatPhaseSchema>

/**
 * A reusable way to run a discussion: its phases, in order, for every question; `cycles`
 * repeats them (Troika Consulting runs three times so everyone is the client once).
 */
export const FormatSchema = z.object({
  id: Id,
  name: z.string().min(1),
  phases: z.array(FormatPhaseSchema).min(1),
  cycles: z.number().int().min(1).default(1),
  /** The name of one cycle ("Runde", "Round"), shown as "Round 2 of 3" when there are several. */
  cycleName: z.string().min(1).optional(),
}).superRefine((format, ctx) => {
  const seen = new Set<string>()
  format.phases.forEach((phase, index) => {
    if (seen.has(phase.id))
      ctx.addIssue({ code: 'custom', path: ['phases', index, 'id'], message: `duplicate phase id "${phase.id}"` })
    seen.add(phase.id)
  })
})
export type Format = z.infer<typeof FormatSchema>

export const DiscussionQuestionSchema = z.object({
  /** Unique within its discussion; the timer id is `<discussion id>-<question id>`. */
  id: Id,
  /** A heading above the question, e.g. "Viden". */
  heading: z.string().min(1).optional(),
  text: Markdown,
  /** Overrides the minutes of a one-phase format for this question. */
  minutes: z.number().positive().optional(),
  /** Sub-questions that help the table get going. */
  prompts: z.array(Markdown).default([]),
})
export type DiscussionQuestion = z.infer<typeof DiscussionQuestionSchema>

/** A round of table talk as a data module writes it: a format (by id) and its questions. */
export const DiscussionRoundSchema = z.object({
  id: Id,
  title: z.string().min(1),
  intro: Markdown.optional(),
  /** The programme item the round runs in (its id in the deck's programme): catching up may shorten it. */
  programmeItem: z.string().min(1).optional(),
  /** The id of a standard format (lib/discussion/formats.ts) or one of the deck's own. */
  format: Id,
  questions: z.array(DiscussionQuestionSchema).min(1),
  /** Each table sends its key insight from its phone; approved ones fill an `<Insights>` slide. */
  insights: z.boolean().default(false),
})
export type DiscussionRoundInput = z.infer<typeof DiscussionRoundSchema>

/** A round with its format looked up: what components, timers and exports work with. */
export type DiscussionRound = Omit<DiscussionRoundInput, 'format'> & { format: Format }

export const DiscussionsSchema = z.array(DiscussionRoundSchema).superRefine((rounds, ctx) => {
  const seen = new Set<string>()
  rounds.forEach((round, index) => {
    if (seen.has(round.id))
      ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate discussion id "${round.id}"` })
    seen.add(round.id)
    const questions = new Set<string>()
    round.questions.forEach((question, at) => {
      if (questions.has(question.id))
        ctx.addIssue({ code: 'custom', path: [index, 'questions', at, 'id'], message: `duplicate question id "${question.id}" in discussion "${round.id}"` })
      questions.add(question.id)
    })
  })
})
