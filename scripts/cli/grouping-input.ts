import { lego } from '../../data/faelles-om-ledelse/lego.ts'
import { UsageError } from '../../lib/errors.ts'
import { parseParticipantsCsv, type Participant, type TeamSpec } from '../../lib/grouping/index.ts'
import { readInput } from '../support/read-input.ts'

/** Shared by teams, tables, pairs and badges: the participants file and the team colours. */
export async function loadParticipants(file: string): Promise<Participant[]> {
  const { bytes } = await readInput(file)
  return parseParticipantsCsv(file, bytes)
}

/** `--teams blå,rød,grøn`: colours in order; facilitators come from the deck's LEGO data when a colour matches. */
export function teamSpecs(option: string | undefined): TeamSpec[] {
  if (option === undefined)
    return lego.teams.map(({ colour, facilitator }) => ({ colour, facilitator }))
  const colours = option.split(',').map(colour => colour.trim().toLowerCase())
  if (colours.some(colour => colour === '') || new Set(colours).size !== colours.length)
    throw new UsageError(`--teams expects distinct colour names separated by commas, e.g. blå,rød,grøn; got "${option}"`)
  return colours.map(colour => ({ colour, facilitator: lego.teams.find(team => team.colour === colour)?.facilitator ?? null }))
}
