import { InputError, UsageError } from '../../lib/errors.ts'
import { drawPairs, type PairsResult, type Participant } from '../../lib/grouping/index.ts'
import { translator } from '../../lib/i18n/translate.ts'
import { namedTies, parseMembersCsv, parseRelationsCsv } from '../../lib/network/csv.ts'
import type { Deck } from '../../lib/schema/deck.ts'
import { readInput } from '../support/read-input.ts'
import { parseCommandArgs, parseSeed, type Command } from './command.ts'
import { seedInUse } from '../support/live/draw-in-use.ts'
import { commandDeck, DECK_OPTION, loadParticipants } from './grouping-input.ts'

const help = `Usage: seminar pairs <participants.csv> [--deck SLUG] [--relations relations.csv --members members.csv] [--seed N] [--json]

Draws the job-visit circles: pairs, plus one trio when the count is odd. Everyone hosts
once and visits once within their circle; circles cross departments whenever the sizes
allow it. In a pair the first hosts in the deck's first visit month and the second in its
second (default deck: marts, april); in a trio the first hosts the second in the first
month, the second hosts the third and the third the first in the second month. Circles
meet two by two (one group of three when odd) for the follow-up.

  participants.csv  name, department [, position, email] (Danish headers work too)
  --deck SLUG       the deck in data/ (default: the only deck, else the default deck)
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
  const names = new Set(members.map(member => member.name))
  return {
    ties: namedTies(members, relations),
    matched: participants.filter(p => names.has(p.name)).length,
  }
}

function report(deck: Deck, result: PairsResult, departmentOf: Map<string, string>, ties: Ties | undefined, total: number): string {
  const t = translator(deck.language)
  const who = (name: string) => `${name} (${departmentOf.get(name)})`
  const width = Math.max(...deck.visits.months.map(month => month.length)) + 1
  const lines = [t('cli.visits', { seed: result.seed })]
  if (ties)
    lines.push(t('cli.tiesFound', { matched: ties.matched, total, ties: ties.ties.length }))
  result.circles.forEach((circle, index) => {
    lines.push('', t('cli.circle', { number: index + 1, members: circle.members.map(who).join(', ') }))
    for (const visit of result.visits.filter(v => circle.members.includes(v.host)))
      lines.push(`  ${visit.month.padEnd(width)} ${t('cli.hosts', { host: visit.host, guest: visit.guest })}`)
  })
  lines.push('', t('cli.followUp', { month: deck.visits.followUp }))
  result.followUp.forEach((group, index) => lines.push(`  ${t('cli.followUpGroup', { number: index + 1, circles: group.map(i => i + 1).join(t('cli.and')) })}`))
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
      ...DECK_OPTION,
    }, { min: 1, max: 1, names: '<participants.csv>' })
    const seed = parseSeed(values.seed, seedInUse('pairs'))
    const deck = await commandDeck(values.deck)
    if ((values.relations === undefined) !== (values.members === undefined))
      throw new UsageError('--relations and --members go together: ties are member ids, matched to participants by name')
    const file = positionals[0]!
    const participants = await loadParticipants(file)
    if (participants.length < 2)
      throw new InputError([{ file, found: `${participants.length} participant`, expected: 'at least two participants to pair' }])
    const ties = values.relations !== undefined && values.members !== undefined
      ? await loadTies(values.members, values.relations, participants)
      : undefined
    const result = drawPairs(participants, { seed, months: deck.visits.months, ...(ties ? { ties: ties.ties } : {}) })
    out.stdout(values.json
      ? JSON.stringify(result)
      : report(deck, result, new Map(participants.map(p => [p.name, p.department])), ties, participants.length))
  },
}

export default command
