import { readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { drawPairs, type PairsResult } from '../../lib/grouping/pairs.ts'
import { parseParticipantsCsv } from '../../lib/grouping/participants.ts'
import { namedTies, parseNetworkFiles } from '../../lib/network/csv.ts'
import type { Deck } from '../../lib/schema/deck.ts'
import { deckDir, REPO_ROOT } from './deck-entry.ts'

/**
 * The deck's visit pairs by seed, drawn as `seminar pairs --members --relations` draws them:
 * avoiding the sample survey's working ties. For the dev server, which keeps the ties;
 * undefined for a deck without participants. `dir` is the deck's folder.
 */
export function visitPairsDrawer(deck: Pick<Deck, 'slug' | 'files' | 'visits'>, dir = deckDir(deck.slug)): ((seed: number) => PairsResult) | undefined {
  const file = (path: string) => ({ file: relative(REPO_ROOT, join(dir, path)), bytes: readFileSync(join(dir, path)) })
  if (!deck.files.participants)
    return undefined
  const { file: name, bytes } = file(deck.files.participants)
  const participants = parseParticipantsCsv(name, bytes)
  let ties: [string, string][] = []
  const network = deck.files.network
  if (network) {
    const { members, relations } = parseNetworkFiles({ members: file(network.members), relations: file(network.relations) })
    ties = namedTies(members, relations)
  }
  return seed => drawPairs(participants, { seed, months: deck.visits.months, ties })
}
