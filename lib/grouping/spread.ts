import type { Random } from './random.ts'

export interface HasDepartment {
  department: string
}

/**
 * Deals people into `groupCount` groups, department by department, round robin.
 *
 * Each department is a contiguous run of the dealing sequence, so every department lands
 * in the groups as evenly as possible (per department, counts differ by at most 1), a
 * department smaller than the group count never puts two people in one group, and group
 * sizes differ by at most 1. Groups come back in a random order so the larger ones are
 * not always the first.
 */
export function spreadByDepartment<P extends HasDepartment>(people: readonly P[], groupCount: number, random: Random): P[][] {
  const byDepartment = groupByDepartment(people)
  const sequence = random.shuffle([...byDepartment.keys()]).flatMap(department => random.shuffle(byDepartment.get(department)!))
  const groups: P[][] = Array.from({ length: groupCount }, () => [])
  sequence.forEach((person, index) => groups[index % groupCount]!.push(person))
  return random.shuffle(groups)
}

/** People per department, departments in order of first appearance. */
export function groupByDepartment<P extends HasDepartment>(people: readonly P[]): Map<string, P[]> {
  const byDepartment = new Map<string, P[]>()
  for (const person of people) {
    const members = byDepartment.get(person.department)
    if (members)
      members.push(person)
    else
      byDepartment.set(person.department, [person])
  }
  return byDepartment
}

const danish = new Intl.Collator('da')

/** Danish alphabetical order (æ, ø, å last), for stable, readable output. */
export function compareDanish(a: string, b: string): number {
  return danish.compare(a, b)
}
