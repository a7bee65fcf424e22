import type { TeamColour } from '../schema/teams.ts'

/** A neutral grey for a colour the deck does not define (`--teams gul`); the name is always shown too. */
const UNKNOWN_HEX = '#6b6b6b'

/** Name and display colour of a team: the deck's "Aarhus Kommune Blå", else the colour capitalised. */
export function teamStyle(colour: string, known: readonly TeamColour[]): { name: string, hex: string } {
  const team = known.find(candidate => candidate.colour === colour)
  return team ? { name: team.name, hex: team.hex } : { name: colour.charAt(0).toUpperCase() + colour.slice(1), hex: UNKNOWN_HEX }
}

/** "direktør" → "Direktør", as on badges and boards. */
export function roleLabel(role: string): string {
  return role.charAt(0).toUpperCase() + role.slice(1)
}
