import { computed, type ComputedRef } from 'vue'
// From their own modules: the grouping index also holds the CSV reader, which stays in Node.
import { drawPairs, type PairsResult } from '../lib/grouping/pairs.ts'
import { drawTables, type TablesResult } from '../lib/grouping/tables.ts'
import { drawTeams, type TeamsResult } from '../lib/grouping/teams.ts'
import type { CommandResult } from '../lib/live/commands.ts'
import type { GroupingBoard } from '../lib/live/state.ts'
import { useDeckData } from './useDeck.ts'
import { useLiveState } from './useLiveState.ts'

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
 * The engine's teams, tables of three and job-visit circles for the deck's participants,
 * with the shared seed: the same result as the CLI commands with that `--seed`.
 */
export function useGrouping(): Grouping {
  const { deck, participants } = useDeckData()
  if (!participants)
    throw new Error(`data/${deck.slug}/${deck.files.participants ?? 'participants.csv'} is missing: the grouping slides need files.participants in data/${deck.slug}/index.ts`)
  const live = useLiveState()
  const draws = computed(() => live.state.value.grouping)
  const specs = deck.teams.colours.map(({ colour, facilitator }) => ({ colour, facilitator }))
  return {
    seeds: computed(() => ({ teams: draws.value.teams.seed, tables: draws.value.tables.seed, pairs: draws.value.pairs.seed })),
    teams: computed(() => drawTeams(participants, specs, draws.value.teams.seed, deck.teams.roles)),
    tables: computed(() => drawTables(participants, 3, draws.value.tables.seed)),
    // The dev server's draw, which avoids the survey's working ties; without one (a static
    // build) this browser draws, knowing no ties.
    pairs: computed(() => {
      const { visitPairs } = live.state.value
      const seed = draws.value.pairs.seed
      return visitPairs?.seed === seed ? visitPairs : drawPairs(participants, { seed, months: deck.visits.months })
    }),
    redraw: board => live.send({ type: 'grouping.redraw', board }),
    undo: board => live.send({ type: 'grouping.undo', board }),
    canUndo: board => draws.value[board].previous.length > 0,
  }
}
