import { computed, type ComputedRef } from 'vue'
import { drawPairs, drawTables, drawTeams, parseParticipantsText, type PairsResult, type Participant, type TablesResult, type TeamsResult } from '../lib/grouping/index.ts'
import { parseMembersCsv, parseRelationsCsv } from '../lib/network/csv.ts'
import { useDeckContext, type DeckContext } from './useDeck.ts'
import { useGroupingState } from './useGroupingState.ts'

interface Input {
  participants: Participant[]
  /** Ties from the deck's network survey, by name, when it has one (as `seminar pairs --members --relations`). */
  ties: [string, string][]
}

const inputs = new WeakMap<DeckContext, Input>()

function load(context: DeckContext): Input {
  const cached = inputs.get(context)
  if (cached)
    return cached
  const { deck, files } = context
  const path = deck.files.participants
  const file = `data/${deck.slug}/${path ?? 'participants.csv'}`
  const text = path === undefined ? undefined : files[path]
  if (text === undefined)
    throw new Error(`${file} is missing: the grouping slides need files.participants in data/${deck.slug}/index.ts`)
  const network = deck.files.network
  const members = network && files[network.members]
  const relations = network && files[network.relations]
  let ties: [string, string][] = []
  if (network && members !== undefined && relations !== undefined) {
    const encode = (content: string) => new TextEncoder().encode(content)
    const memberList = parseMembersCsv(`data/${deck.slug}/${network.members}`, encode(members))
    const nameOf = new Map(memberList.map(member => [member.id, member.name]))
    ties = parseRelationsCsv(`data/${deck.slug}/${network.relations}`, encode(relations), memberList)
      .map(({ from, to }): [string, string] => [nameOf.get(from)!, nameOf.get(to)!])
  }
  const input = { participants: parseParticipantsText(file, text), ties }
  inputs.set(context, input)
  return input
}

export interface Grouping {
  seed: ComputedRef<number>
  teams: ComputedRef<TeamsResult>
  tables: ComputedRef<TablesResult>
  pairs: ComputedRef<PairsResult>
  /** Draws everything again with the next seed, on every connected screen. */
  redraw: () => void
}

/**
 * The engine's teams, tables of three and job-visit circles for the deck's participants,
 * with the shared seed: the same result as the CLI commands with that `--seed`.
 */
export function useGrouping(): Grouping {
  const context = useDeckContext()
  const { deck } = context
  const { participants, ties } = load(context)
  const { state, update } = useGroupingState()
  const specs = deck.teams.colours.map(({ colour, facilitator }) => ({ colour, facilitator }))
  return {
    seed: computed(() => state.seed),
    teams: computed(() => drawTeams(participants, specs, state.seed, deck.teams.roles)),
    tables: computed(() => drawTables(participants, 3, state.seed)),
    pairs: computed(() => drawPairs(participants, { seed: state.seed, months: deck.visits.months, ties })),
    redraw: () => update({ seed: state.seed + 1 }),
  }
}
