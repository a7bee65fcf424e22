import { InputError, UsageError } from '../../lib/errors.ts'
import { drawPairs, type PairsResult, type Participant } from '../../lib/grouping/index.ts'
import { parseMembersCsv, parseRelationsCsv } from '../../lib/network/csv.ts'
import { readInput } from '../support/read-input.ts'
import { parseCommandArgs, parseSeed, type Command } from './command.ts'
import { seedInUse } from '../support/live/draw-in-use.ts'
import { loadParticipants } from './grouping-input.ts'

const help = `Usage: seminar pairs <participants.csv> [--relations relations.csv --members members.csv] [--seed N] [--json]

Draws the job-visit circles: pairs, plus one trio when the count is odd. Everyone hosts
once and visits once within their circle; circles cross departments whenever the sizes
allow it. In a pair the first hosts in marts and the second in april; in a trio the first
hosts the second in marts, the second hosts the third and the third the first in april.
Circles meet two by two (one group of three when odd) for the follow-up in maj.

  participants.csv  name, department [, position, email] (Danish headers work too)
  --members F       the network survey's members.csv (id, name, department, responded)
  --relations F     its relations.csv (from, to): people with a tie are not paired when
                    another pairing across departments exists. Needs --members, matched by name.
  --seed N          whole number; the same files and seed always give the same circles
                    (default: the draw on the deck's pairs board, else 1)
  --json            print {"seed","circles":[{"members"}],"visits":[{"host","guest","month"}],"followUp"}`

interface Ties {
  ties: [string, string][]
  /** Participants found among the survey's members, by name. */
  matched: number
}

async function loadTies(membersFile: string, relationsFile: string, participants: Participant[]): Promise<Ties> {
  const [membersInput, relationsInput] = await Promise.all([readInput(membersFile), readInput(relationsFile)])
  const members = parseMembersCsv(membersInput.file, membersInput.bytes)
  const relations = parseRelationsCsv(relationsInput.file, relationsInput.bytes, members)
  const nameOf = new Map(members.map(member => [member.id, member.name]))
  const names = new Set(members.map(member => member.name))
  return {
    ties: relations.map(({ from, to }): [string, string] => [nameOf.get(from)!, nameOf.get(to)!]),
    matched: participants.filter(p => names.has(p.name)).length,
  }
}

function report(result: PairsResult, departmentOf: Map<string, string>, ties: Ties | undefined, total: number): string {
  const who = (name: string) => `${name} (${departmentOf.get(name)})`
  const lines = [`Jobbesøg (seed ${result.seed})`]
  if (ties)
    lines.push(`Relationer: ${ties.matched} af ${total} deltagere fundet i medlemslisten; ${ties.ties.length} relationer undgås hvor muligt`)
  result.circles.forEach((circle, index) => {
    lines.push('', `Cirkel ${index + 1}: ${circle.members.map(who).join(', ')}`)
    for (const visit of result.visits.filter(v => circle.members.includes(v.host)))
      lines.push(`  ${visit.month.padEnd(6)} ${visit.host} er vært for ${visit.guest}`)
  })
  lines.push('', 'Fælles opfølgning i maj:')
  result.followUp.forEach((group, index) => lines.push(`  Gruppe ${index + 1}: cirkel ${group.map(i => i + 1).join(' og ')}`))
  return lines.join('\n')
}

const command: Command = {
  name: 'pairs',
  summary: 'job-visit pairs across departments, with follow-up groups',
  help,
  async run(argv, out) {
    const { values, positionals } = parseCommandArgs(argv, {
      relations: { type: 'string' },
      members: { type: 'string' },
      seed: { type: 'string' },
      json: { type: 'boolean', default: false },
    }, { min: 1, max: 1, names: '<participants.csv>' })
    const seed = parseSeed(values.seed, seedInUse('pairs'))
    if ((values.relations === undefined) !== (values.members === undefined))
      throw new UsageError('--relations and --members go together: ties are member ids, matched to participants by name')
    const file = positionals[0]!
    const participants = await loadParticipants(file)
    if (participants.length < 2)
      throw new InputError([{ file, found: `${participants.length} participant`, expected: 'at least two participants to pair' }])
    const ties = values.relations !== undefined && values.members !== undefined
      ? await loadTies(values.members, values.relations, participants)
      : undefined
    const result = drawPairs(participants, { seed, ...(ties ? { ties: ties.ties } : {}) })
    out.stdout(values.json
      ? JSON.stringify(result)
      : report(result, new Map(participants.map(p => [p.name, p.department])), ties, participants.length))
  },
}

export default command
