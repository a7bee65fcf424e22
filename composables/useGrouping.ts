import { computed, type ComputedRef } from 'vue'
import { lego } from '../data/faelles-om-ledelse/lego.ts'
import { drawPairs, drawTables, drawTeams, parseParticipantsText, type PairsResult, type Participant, type TablesResult, type TeamsResult } from '../lib/grouping/index.ts'
import { parseMembersCsv, parseRelationsCsv } from '../lib/network/csv.ts'
import type { CommandResult } from '../lib/live/commands.ts'
import type { GroupingBoard } from '../lib/live/state.ts'
import { useLiveState } from './useLiveState.ts'

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
  /** The seed of each board's draw in use: what `seminar teams|tables|pairs --seed` prints. */
  seeds: ComputedRef<Record<GroupingBoard, number>>
  teams: ComputedRef<TeamsResult>
  tables: ComputedRef<TablesResult>
  pairs: ComputedRef<PairsResult>
  /** Draws one board again with a new seed, on every connected screen; the others stay. */
  redraw: (board: GroupingBoard) => Promise<CommandResult>
  /** Goes back to the board's previous draw. */
  undo: (board: GroupingBoard) => Promise<CommandResult>
  /** Whether the board has a previous draw to go back to. */
  canUndo: (board: GroupingBoard) => boolean
}

/**
 * The engine's teams, tables of three and job-visit circles for a deck's participants.csv,
 * with the shared seed: the same result as the CLI commands with that `--seed`.
 */
export function useGrouping(dataset = 'faelles-om-ledelse'): Grouping {
  const { participants, ties } = load(dataset)
  const live = useLiveState()
  const draws = computed(() => live.state.value.grouping)
  const specs = lego.teams.map(({ colour, facilitator }) => ({ colour, facilitator }))
  return {
    seeds: computed(() => ({ teams: draws.value.teams.seed, tables: draws.value.tables.seed, pairs: draws.value.pairs.seed })),
    teams: computed(() => drawTeams(participants, specs, draws.value.teams.seed)),
    tables: computed(() => drawTables(participants, 3, draws.value.tables.seed)),
    pairs: computed(() => drawPairs(participants, { seed: draws.value.pairs.seed, ties })),
    redraw: board => live.send({ type: 'grouping.redraw', board }),
    undo: board => live.send({ type: 'grouping.undo', board }),
    canUndo: board => draws.value[board].previous.length > 0,
  }
}
