import { UsageError } from '../../lib/errors.ts'
import { parseParticipantsCsv, type Participant, type TeamSpec } from '../../lib/grouping/index.ts'
import type { Deck } from '../../lib/schema/deck.ts'
import { loadDeck, resolveDeckSlug } from '../support/deck.ts'
import { readInput } from '../support/read-input.ts'

/** Shared by teams, tables, pairs and badges: the participants file, the deck and its team colours. */
export async function loadParticipants(file: string): Promise<Participant[]> {
  const { bytes } = await readInput(file)
  return parseParticipantsCsv(file, bytes)
}

/** The `--deck` option every command takes. */
export const DECK_OPTION = { deck: { type: 'string' } } as const

/** `--deck <slug>`, else the only deck, else the default deck (contract §3). */
export async function commandDeck(option: string | undefined): Promise<Deck> {
  return loadDeck(resolveDeckSlug(option))
}

/** `--teams blå,rød,grøn`: colours in order; facilitators come from the deck's teams when a colour matches. */
export function teamSpecs(deck: Deck, option: string | undefined): TeamSpec[] {
  const known = deck.teams.colours
  if (option === undefined)
    return known.map(({ colour, facilitator }) => ({ colour, facilitator }))
  const colours = option.split(',').map(colour => colour.trim().toLowerCase())
  if (colours.some(colour => colour === '') || new Set(colours).size !== colours.length)
    throw new UsageError(`--teams expects distinct colour names separated by commas, e.g. ${known.map(team => team.colour).join(',')}; got "${option}"`)
  return colours.map(colour => ({ colour, facilitator: known.find(team => team.colour === colour)?.facilitator ?? null }))
}
