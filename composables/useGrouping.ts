import { computed, type ComputedRef } from 'vue'
import { lego } from '../data/faelles-om-ledelse/lego.ts'
import { drawPairs, drawTables, drawTeams, parseParticipantsText, type PairsResult, type Participant, type TablesResult, type TeamsResult } from '../lib/grouping/index.ts'
import { parseMembersCsv, parseRelationsCsv } from '../lib/network/csv.ts'
import { useGroupingState } from './useGroupingState.ts'

/** Every deck's participants and survey export, bundled as text by Vite. */
const participantFiles = import.meta.glob<string>('../data/*/participants.csv', { query: '?raw', import: 'default', eager: true })
const networkFiles = import.meta.glob<string>('../data/*/network/*.csv', { query: '?raw', import: 'default', eager: true })

interface Input {
  participants: Participant[]
  /** Ties from the deck's network survey, by name, when it has one (as `seminar pairs --members --relations`). */
  ties: [string, string][]
}

const inputs = new Map<string, Input>()

function load(dataset: string): Input {
  const cached = inputs.get(dataset)
  if (cached)
    return cached
  const file = `data/${dataset}/participants.csv`
  const text = participantFiles[`../${file}`]
  if (text === undefined)
    throw new Error(`${file} is missing: the grouping slides need it`)
  const members = networkFiles[`../data/${dataset}/network/members.csv`]
  const relations = networkFiles[`../data/${dataset}/network/relations.csv`]
  let ties: [string, string][] = []
  if (members !== undefined && relations !== undefined) {
    const encode = (content: string) => new TextEncoder().encode(content)
    const memberList = parseMembersCsv(`data/${dataset}/network/members.csv`, encode(members))
    const nameOf = new Map(memberList.map(member => [member.id, member.name]))
    ties = parseRelationsCsv(`data/${dataset}/network/relations.csv`, encode(relations), memberList)
      .map(({ from, to }): [string, string] => [nameOf.get(from)!, nameOf.get(to)!])
  }
  const input = { participants: parseParticipantsText(file, text), ties }
  inputs.set(dataset, input)
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
 * The engine's teams, tables of three and job-visit circles for a deck's participants.csv,
 * with the shared seed: the same result as the CLI commands with that `--seed`.
 */
export function useGrouping(dataset = 'faelles-om-ledelse'): Grouping {
  const { participants, ties } = load(dataset)
  const { state, update } = useGroupingState()
  const specs = lego.teams.map(({ colour, facilitator }) => ({ colour, facilitator }))
  return {
    seed: computed(() => state.seed),
    teams: computed(() => drawTeams(participants, specs, state.seed)),
    tables: computed(() => drawTables(participants, 3, state.seed)),
    pairs: computed(() => drawPairs(participants, { seed: state.seed, ties })),
    redraw: () => update({ seed: state.seed + 1 }),
  }
}
