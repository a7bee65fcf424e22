import { createRandom, randomFloat } from '../../lib/network/random.ts'
import type { SurveySubmission, SurveyMember } from '../../lib/survey/survey.ts'

/** What one simulated phone does: never opens the survey, declines, or answers (perhaps twice). */
export type Behaviour =
  | { kind: 'absent' }
  | { kind: 'declined' }
  | { kind: 'answered', first?: SurveySubmission, final: SurveySubmission & { type: 'answer' } }

/**
 * A seeded forum answering the survey: `absent` members never open it, `declining` ones
 * decline, everyone else ticks colleagues (more often in their own department) and rates
 * the partner types, some changing their answer once.
 */
export function simulateCrowd(members: readonly SurveyMember[], partners: number, options: { absent: number, declining: number, seed: number }): Map<string, Behaviour> {
  const random = createRandom(options.seed)
  const coin = (p: number) => randomFloat(random) < p
  const answer = (member: SurveyMember): SurveySubmission & { type: 'answer' } => ({
    type: 'answer',
    ties: members.filter(other => other.id !== member.id && coin(other.department === member.department ? 0.7 : 0.3)).map(other => other.id),
    external: Array.from({ length: partners }, () => (coin(0.15) ? null : random.int(1, 5))),
  })
  return new Map(members.map((member, i): [string, Behaviour] => {
    // Spread the absent and declining members over the list, deterministically.
    const slot = (i * 7) % members.length
    if (slot < options.absent)
      return [member.id, { kind: 'absent' }]
    if (slot < options.absent + options.declining)
      return [member.id, { kind: 'declined' }]
    return [member.id, { kind: 'answered', ...(coin(0.25) ? { first: answer(member) } : {}), final: answer(member) }]
  }))
}
