import type { Participant } from './participants.ts'
import { createRandom } from './random.ts'
import { compareDanish, spreadByDepartment } from './spread.ts'

/** The two role words of the deck (`deck.teams.roles`): one lead per department in a team, the rest members. */
export interface RoleWords {
  lead: string
  member: string
}

export interface TeamSpec {
  colour: string
  facilitator: string | null
}

export interface TeamMember {
  name: string
  department: string
  /** One of the deck's two role words. */
  role: string
}

export interface Team {
  colour: string
  facilitator: string | null
  members: TeamMember[]
}

export interface TeamsResult {
  seed: number
  teams: Team[]
}

/**
 * The team exercise (contract §3): everyone in one team, sizes and departments spread
 * evenly, and in each team one `roles.lead` per department present, the rest `roles.member`.
 * Members are listed by department, the lead first, then by name.
 */
export function drawTeams(participants: readonly Participant[], specs: readonly TeamSpec[], seed: number, roles: RoleWords): TeamsResult {
  if (specs.length === 0)
    throw new RangeError('drawTeams needs at least one team')
  const random = createRandom(seed)
  const groups = spreadByDepartment(participants, specs.length, random)
  const teams = specs.map((spec, index) => {
    const leads = new Set<string>()
    const members = groups[index]!.map(({ name, department }): TeamMember => {
      // The dealing order is random, so the first of a department in a team is a random pick.
      const role = leads.has(department) ? roles.member : roles.lead
      leads.add(department)
      return { name, department, role }
    })
    members.sort((a, b) => compareDanish(a.department, b.department) || (a.role === b.role ? 0 : a.role === roles.lead ? -1 : 1) || compareDanish(a.name, b.name))
    return { colour: spec.colour, facilitator: spec.facilitator, members }
  })
  return { seed, teams }
}
