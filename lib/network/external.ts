import { roundRatio } from './round.ts'
import type { ExternalAnswers, ExternalMeans, Group, PartnerMeans } from './types.ts'

/**
 * Mean answer per partner type in the core and in the periphery, over the non-blank answers
 * of respondents (a non-respondent's row, should a file have one, does not count).
 */
export function externalMeans(answers: ExternalAnswers, core: ReadonlySet<string>, respondents: ReadonlySet<string>): ExternalMeans {
  const sums = { core: answers.partners.map(() => ({ sum: 0, count: 0 })), periphery: answers.partners.map(() => ({ sum: 0, count: 0 })) }
  for (const row of answers.rows) {
    if (!respondents.has(row.id))
      continue
    const totals = core.has(row.id) ? sums.core : sums.periphery
    row.values.forEach((value, column) => {
      if (value === null)
        return
      totals[column]!.sum += value
      totals[column]!.count++
    })
  }
  const means = (totals: { sum: number, count: number }[]): PartnerMeans =>
    Object.fromEntries(answers.partners.map((partner, column) => {
      const { sum, count } = totals[column]!
      return [partner, count === 0 ? null : roundRatio(sum, count, 2)]
    }))
  return { partners: [...answers.partners], core: means(sums.core), periphery: means(sums.periphery) }
}

/**
 * Per partner type, the group whose mean contact is higher: what the external table marks.
 * None on a tie or when either group has no answers.
 */
export function leadingGroups(means: ExternalMeans): Record<string, Group | null> {
  return Object.fromEntries(means.partners.map((partner) => {
    const core = means.core[partner] ?? null
    const periphery = means.periphery[partner] ?? null
    const leader: Group | null = core === null || periphery === null || core === periphery ? null : core > periphery ? 'core' : 'periphery'
    return [partner, leader]
  }))
}
