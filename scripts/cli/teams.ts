import { drawTeams, roleLabel, teamStyle, type TeamsResult } from '../../lib/grouping/index.ts'
import { translator } from '../../lib/i18n/translate.ts'
import type { Deck } from '../../lib/schema/deck.ts'
import { parseCommandArgs, parseSeed, type Command } from './command.ts'
import { seedInUse } from '../support/live/draw-in-use.ts'
import { commandDeck, DECK_OPTION, loadParticipants, teamSpecs } from './grouping-input.ts'

const help = `Usage: seminar teams <participants.csv> [--deck SLUG] [--seed N] [--teams blå,rød,grøn] [--json]

Draws the colour teams of the team exercise: everyone in one team, team sizes within one
of each other, every department spread evenly over the teams, and in each team one lead
per department present (everyone else of that department gets the other role). Colours,
facilitators and the two role words come from the deck (default deck: direktør, chef).

  participants.csv  name, department [, position, email] (Danish headers work too)
  --deck SLUG       the deck in data/ (default: the only deck, else the default deck)
  --seed N          whole number; the same file and seed always give the same teams
                    (default: the draw on the deck's team board, else 1)
  --teams LIST      team colours, comma-separated (default: the deck's)
  --json            print {"seed","teams":[{"colour","facilitator","members":[{"name","department","role"}]}]}`

function report(deck: Deck, result: TeamsResult): string {
  const t = translator(deck.language)
  const lines = [t('cli.teams', { seed: result.seed })]
  for (const team of result.teams) {
    const facilitator = team.facilitator ? t('cli.facilitator', { name: team.facilitator }) : ''
    lines.push('', `${t('cli.team', { name: teamStyle(team.colour, deck.teams.colours).name, count: team.members.length })}${facilitator}`)
    for (const member of team.members)
      lines.push(`  ${roleLabel(member.role).padEnd(9)} ${member.name} (${member.department})`)
  }
  return lines.join('\n')
}

const command: Command = {
  name: 'teams',
  summary: 'colour teams with one lead role per department',
  help,
  async run(argv, out) {
    const { values, positionals } = parseCommandArgs(argv, {
      seed: { type: 'string' },
      teams: { type: 'string' },
      json: { type: 'boolean', default: false },
      ...DECK_OPTION,
    }, { min: 1, max: 1, names: '<participants.csv>' })
    const seed = parseSeed(values.seed, seedInUse('teams'))
    const deck = await commandDeck(values.deck)
    const specs = teamSpecs(deck, values.teams)
    const result = drawTeams(await loadParticipants(positionals[0]!), specs, seed, deck.teams.roles)
    out.stdout(values.json ? JSON.stringify(result) : report(deck, result))
  },
}

export default command
