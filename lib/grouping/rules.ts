import type { Participant } from './participants.ts'
import type { PairsResult } from './pairs.ts'
import { tableCount, type TablesResult } from './tables.ts'
import type { TeamsResult } from './teams.ts'

/**
 * The rules of contract §3 as checks: each returns the broken rules in words, [] when all
 * hold. Tests run them over random inputs; they state the rules once, apart from the engine.
 */

function spreadOf(counts: number[]): number {
  return counts.length === 0 ? 0 : Math.max(...counts) - Math.min(...counts)
}

function everyoneOnce(participants: readonly Participant[], placed: string[], what: string): string[] {
  const expected = participants.map(p => p.name).sort()
  const actual = [...placed].sort()
  return JSON.stringify(expected) === JSON.stringify(actual) ? [] : [`not every participant is in exactly one ${what}`]
}

function departmentsOf(participants: readonly Participant[]): string[] {
  return [...new Set(participants.map(p => p.department))]
}

export function teamRuleViolations(participants: readonly Participant[], result: TeamsResult, lead: string): string[] {
  const { teams } = result
  const problems = everyoneOnce(participants, teams.flatMap(t => t.members.map(m => m.name)), 'team')
  const departmentOf = new Map(participants.map(p => [p.name, p.department]))
  if (teams.some(t => t.members.some(m => departmentOf.get(m.name) !== m.department)))
    problems.push('a member\'s department differs from the input')
  if (spreadOf(teams.map(t => t.members.length)) > 1)
    problems.push('team sizes differ by more than 1')
  for (const department of departmentsOf(participants)) {
    if (spreadOf(teams.map(t => t.members.filter(m => m.department === department).length)) > 1)
      problems.push(`${department} is not spread evenly over the teams`)
  }
  for (const team of teams) {
    for (const department of new Set(team.members.map(m => m.department))) {
      const leads = team.members.filter(m => m.department === department && m.role === lead).length
      if (leads !== 1)
        problems.push(`team ${team.colour} has ${leads} leads (${lead}) for ${department}`)
    }
  }
  return problems
}

export function tableRuleViolations(participants: readonly Participant[], result: TablesResult, size: number): string[] {
  const { tables } = result
  const n = participants.length
  const problems = everyoneOnce(participants, tables.flatMap(t => t.members.map(m => m.name)), 'table')
  const sizes = tables.map(t => t.members.length)
  const full = Math.floor(n / size)
  const splittable = full > 0 && n - full * size <= full
  if (splittable && sizes.some(s => s !== size && s !== size + 1))
    problems.push(`a table is not of size ${size} or ${size + 1}: ${sizes.join(', ')}`)
  if (!splittable && (spreadOf(sizes) > 1 || sizes.some(s => s > size)))
    problems.push(`${n} people cannot sit at tables of ${size} or ${size + 1}, yet sizes are not as even as possible: ${sizes.join(', ')}`)
  if (tables.length !== tableCount(n, size))
    problems.push(`expected ${tableCount(n, size)} tables, got ${tables.length}`)
  if (tables.some((t, index) => t.number !== index + 1))
    problems.push('tables are not numbered 1, 2, 3, …')
  // The most department presences possible: a department of L people can sit at min(L, tables) tables.
  const possible = departmentsOf(participants)
    .reduce((sum, d) => sum + Math.min(participants.filter(p => p.department === d).length, tables.length), 0)
  const actual = tables.reduce((sum, t) => sum + new Set(t.members.map(m => m.department)).size, 0)
  if (actual !== possible)
    problems.push(`tables hold ${actual} department presences, ${possible} are possible`)
  return problems
}

/** Visits whose host and guest come from the same department. */
export function sameDepartmentVisits(participants: readonly Participant[], result: PairsResult): number {
  const departmentOf = new Map(participants.map(p => [p.name, p.department]))
  return result.visits.filter(v => departmentOf.get(v.host) === departmentOf.get(v.guest)).length
}

/** Circles that join two people with a tie (either direction). */
export function tiedCircles(result: PairsResult, ties: readonly (readonly [string, string])[]): number {
  const tied = new Set(ties.flatMap(([a, b]) => [`${a}\u0000${b}`, `${b}\u0000${a}`]))
  return result.circles.filter(({ members }) => members.some((a, i) => members.some((b, j) => i < j && tied.has(`${a}\u0000${b}`)))).length
}

export function pairRuleViolations(participants: readonly Participant[], result: PairsResult, firstMonth: string): string[] {
  const { circles, visits, followUp } = result
  const problems = everyoneOnce(participants, circles.flatMap(c => c.members), 'circle')
  const trios = circles.filter(c => c.members.length === 3).length
  if (circles.some(c => c.members.length < 2 || c.members.length > 3) || trios !== participants.length % 2)
    problems.push(`circles must be pairs plus one trio when the count is odd: ${circles.map(c => c.members.length).join(', ')}`)
  const circleOf = new Map(circles.flatMap((c, index) => c.members.map(name => [name, index] as const)))
  const count = (names: string[]) => names.reduce((counts, name) => counts.set(name, (counts.get(name) ?? 0) + 1), new Map<string, number>())
  const hosts = count(visits.map(v => v.host))
  const guests = count(visits.map(v => v.guest))
  for (const p of participants) {
    if (hosts.get(p.name) !== 1 || guests.get(p.name) !== 1)
      problems.push(`${p.name} hosts ${hosts.get(p.name) ?? 0} and visits ${guests.get(p.name) ?? 0} times`)
  }
  if (visits.some(v => v.host === v.guest || circleOf.get(v.host) !== circleOf.get(v.guest)))
    problems.push('a visit leaves its circle')
  const firstHosts = visits.filter(v => v.month === firstMonth).map(v => v.host)
  const expectedFirstHosts = circles.map(c => c.members[0])
  if (JSON.stringify([...firstHosts].sort()) !== JSON.stringify([...expectedFirstHosts].sort()))
    problems.push('in some circle the first member does not host in the first month, or someone else does')
  const grouped = followUp.flat().sort((a, b) => a - b)
  if (JSON.stringify(grouped) !== JSON.stringify(circles.map((_, index) => index)))
    problems.push('follow-up groups do not hold every circle exactly once')
  const sizes = followUp.map(g => g.length)
  const expectedThrees = circles.length % 2 === 1 && circles.length > 1 ? 1 : 0
  if (circles.length > 1 && (sizes.some(s => s !== 2 && s !== 3) || sizes.filter(s => s === 3).length !== expectedThrees))
    problems.push(`follow-up groups are not two by two (one of three when odd): ${sizes.join(', ')}`)
  return problems
}
