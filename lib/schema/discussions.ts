import { z } from 'zod'
import { Markdown } from './common.ts'

export const DiscussionQuestionSchema = z.object({
  /** Unique within its discussion; the timer id is `<discussion id>-<question id>`. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** A heading above the question, e.g. "Viden". */
  heading: z.string().min(1).optional(),
  text: Markdown,
  minutes: z.number().int().positive(),
  /** Sub-questions that help the table get going. */
  prompts: z.array(Markdown).default([]),
})
export type DiscussionQuestion = z.infer<typeof DiscussionQuestionSchema>

/** A round of table talk with a timer per question. */
export const DiscussionRoundSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  intro: Markdown.optional(),
  /** People per group: 3 at the tables, 2 with your neighbour. */
  groupSize: z.number().int().min(2),
  questions: z.array(DiscussionQuestionSchema).min(1),
  /** Each table sends its key insight from its phone; approved ones fill an `<Insights>` slide. */
  insights: z.boolean().default(false),
})
export type DiscussionRound = z.infer<typeof DiscussionRoundSchema>

export const DiscussionsSchema = z.array(DiscussionRoundSchema).superRefine((rounds, ctx) => {
  const seen = new Set<string>()
  rounds.forEach((round, index) => {
    if (seen.has(round.id))
      ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate discussion id "${round.id}"` })
    seen.add(round.id)
  })
})

export function timerId(round: Pick<DiscussionRound, 'id'>, question: Pick<DiscussionQuestion, 'id'>): string {
  return `${round.id}-${question.id}`
}
