import { z } from 'zod'

const RankingSchema = z.object({
  heading: z.string().min(1),
  /** Most important first. */
  items: z.array(z.string().min(1)).min(1),
})

/** Two rankings of the same items, drawn side by side so each item's move shows (`<RankingShift>`). */
export const PrioritiesSchema = z.object({
  title: z.string().min(1),
  left: RankingSchema,
  right: RankingSchema,
}).superRefine((priorities, ctx) => {
  const left = new Set(priorities.left.items)
  const right = new Set(priorities.right.items)
  if (left.size !== priorities.left.items.length)
    ctx.addIssue({ code: 'custom', path: ['left', 'items'], message: 'an item is ranked twice' })
  if (right.size !== priorities.right.items.length)
    ctx.addIssue({ code: 'custom', path: ['right', 'items'], message: 'an item is ranked twice' })
  for (const item of left) {
    if (!right.has(item))
      ctx.addIssue({ code: 'custom', path: ['right', 'items'], message: `"${item}" is ranked on the left but not on the right` })
  }
  for (const item of right) {
    if (!left.has(item))
      ctx.addIssue({ code: 'custom', path: ['left', 'items'], message: `"${item}" is ranked on the right but not on the left` })
  }
})
export type Priorities = z.infer<typeof PrioritiesSchema>
