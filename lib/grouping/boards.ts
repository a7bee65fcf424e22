import type { TeamMember } from './teams.ts'

/** A team's members by department, in the engine's order (departments sorted, the lead first). */
export function membersByDepartment(members: readonly TeamMember[]): [department: string, members: TeamMember[]][] {
  const departments = new Map<string, TeamMember[]>()
  for (const member of members)
    departments.set(member.department, [...(departments.get(member.department) ?? []), member])
  return [...departments]
}
