import { lego } from '../../data/faelles-om-ledelse/lego.ts'
import { drawTeams, roleLabel, teamStyle, type TeamsResult } from '../../lib/grouping/index.ts'
import { parseCommandArgs, parseSeed, type Command } from './command.ts'
import { seedInUse } from '../support/live/draw-in-use.ts'
import { loadParticipants, teamSpecs } from './grouping-input.ts'

const help = `Usage: seminar teams <participants.csv> [--seed N] [--teams blå,rød,grøn] [--json]

Draws the LEGO exercise's colour teams: everyone in one team, team sizes within one of
each other, every department spread evenly over the teams, and in each team one
direktør per department present (everyone else of that department is chef).

  participants.csv  name, department [, position, email] (Danish headers work too)
  --seed N          whole number; the same file and seed always give the same teams
                    (default: the draw on the deck's team board, else 1)
  --teams LIST      team colours, comma-separated (default: the deck's ${lego.teams.map(t => t.colour).join(',')})
  --json            print {"seed","teams":[{"colour","facilitator","members":[{"name","department","role"}]}]}`

function report(result: TeamsResult): string {
  const lines = [`Hold til LEGO-øvelsen (seed ${result.seed})`]
  for (const team of result.teams) {
    const facilitator = team.facilitator ? `, facilitator: ${team.facilitator}` : ''
    lines.push('', `${teamStyle(team.colour, lego.teams).name} – ${team.members.length} deltagere${facilitator}`)
    for (const member of team.members)
      lines.push(`  ${roleLabel(member.role).padEnd(9)} ${member.name} (${member.department})`)
  }
  return lines.join('\n')
}

const command: Command = {
  name: 'teams',
  summary: 'LEGO colour teams with a direktør per department',
  help,
  async run(argv, out) {
    const { values, positionals } = parseCommandArgs(argv, {
      seed: { type: 'string' },
      teams: { type: 'string' },
      json: { type: 'boolean', default: false },
    }, { min: 1, max: 1, names: '<participants.csv>' })
    const seed = parseSeed(values.seed, seedInUse('teams'))
    const specs = teamSpecs(values.teams)
    const result = drawTeams(await loadParticipants(positionals[0]!), specs, seed)
    out.stdout(values.json ? JSON.stringify(result) : report(result))
  },
}

export default command
