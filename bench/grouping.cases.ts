import { drawPairs, drawTables, drawTeams, type Participant, type TeamSpec } from '../lib/grouping/index.ts'
import { createRandom } from '../lib/grouping/random.ts'
import type { BenchCase } from './case.ts'
import { measureScaling } from './support/scaling.ts'

/** The seed's six magistratsafdelinger, in its proportions (6, 8, 6, 7, 7, 6 of 40). */
const DEPARTMENT_WEIGHTS = [6, 8, 6, 7, 7, 6]
/** Existing ties per participant that the pairs should avoid. */
const TIES_PER_PARTICIPANT = 5
/** The seed's LEGO exercise: 40 people in 3 teams, about 13 a team. */
const PEOPLE_PER_TEAM = 13

interface Room {
  participants: Participant[]
  teams: TeamSpec[]
  ties: [string, string][]
}

function room(size: number, seed = 1): Room {
  const random = createRandom(seed)
  const total = DEPARTMENT_WEIGHTS.reduce((sum, weight) => sum + weight, 0)
  const cumulative = DEPARTMENT_WEIGHTS.map((_, i) => DEPARTMENT_WEIGHTS.slice(0, i + 1).reduce((sum, weight) => sum + weight, 0))
  const participants = Array.from({ length: size }, (_, i): Participant => {
    const roll = random.int(1, total)
    return { name: `Deltager ${i + 1}`, department: `Afdeling ${cumulative.findIndex(limit => roll <= limit) + 1}` }
  })
  const teams = Array.from({ length: Math.max(3, Math.round(size / PEOPLE_PER_TEAM)) }, (_, i) => ({ colour: `hold ${i + 1}`, facilitator: null }))
  const ties = Array.from({ length: size * TIES_PER_PARTICIPANT }, (): [string, string] =>
    [participants[random.int(0, size - 1)]!.name, participants[random.int(0, size - 1)]!.name])
  return { participants, teams, ties }
}

export const cases: BenchCase[] = [
  {
    name: 'grouping-2000',
    unit: 'ms',
    baseline: null,
    measure: async context => measureScaling(context.smoke ? [10, 20, 40] : [40, 400, 2000], size => room(size), ({ participants, teams, ties }) => {
      drawTeams(participants, teams, 1, { lead: 'lead', member: 'member' })
      drawTables(participants, 3, 1)
      drawPairs(participants, { seed: 1, months: ['March', 'April'], ties })
    }, `teams (one per ${PEOPLE_PER_TEAM}) + tables of 3 + visit pairs avoiding ${TIES_PER_PARTICIPANT} ties each, for n participants`),
  },
]
