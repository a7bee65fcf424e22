import { analyseNetwork, networkSummary } from '../../lib/network/analyse.ts'
import { parseNetworkFiles } from '../../lib/network/csv.ts'
import type { NetworkAnalysis } from '../../lib/network/types.ts'
import { formatDecimal, formatInteger, formatPercent } from '../../lib/time.ts'
import { readInput } from '../support/read-input.ts'
import { parseCommandArgs, type Command } from './command.ts'

const help = `Usage: seminar network <members.csv> <relations.csv> [--external external.csv] [--json]

Analyses a forum's network survey: density (with non-respondents), reciprocity, the
Borgatti–Everett core and periphery, articulation points, components and, with
--external, the mean contact with external partner types in the core and periphery.

  members.csv     id, name, department, responded (ja/nej)
  relations.csv   from, to [, strength 1–5]: one row per tie a respondent reported
  --external F    id, then one column per partner type, answers 1–5 or blank
  --json          print the figures as one JSON document`

function names(analysis: NetworkAnalysis, ids: string[]): string {
  const byId = new Map(analysis.nodes.map(node => [node.id, node.name]))
  return ids.length === 0 ? 'ingen' : ids.map(id => `${byId.get(id)} (${id})`).join(', ')
}

/** The figures as a Danish-formatted report for the terminal. */
function report(analysis: NetworkAnalysis): string {
  const lines = [
    `Medlemmer: ${formatInteger(analysis.members)}, heraf ${formatInteger(analysis.respondents)} respondenter`,
    `Relationer: ${formatInteger(analysis.ties)} ud af et teoretisk max. på ${formatInteger(analysis.possibleTies)} (${formatPercent(analysis.density)} densitet)`,
    `Gensidighed: ${formatPercent(analysis.reciprocity)}`,
    `Kerne-periferi-fit: ${formatDecimal(analysis.coreFit, 3)}`,
    `Kerne (${analysis.core.length}): ${names(analysis, analysis.core)}`,
    `Periferi (${analysis.periphery.length}): ${names(analysis, analysis.periphery)}`,
    `Sammenhængende komponenter: ${formatInteger(analysis.components)}`,
    `Uundværlige (artikulationspunkter): ${names(analysis, analysis.articulationPoints)}`,
  ]
  const { external } = analysis
  if (external) {
    const width = Math.max(...external.partners.map(p => p.length), 'Eksterne relationer'.length)
    const mean = (value: number | null) => (value === null ? '–' : formatDecimal(value)).padStart(8)
    lines.push('', `${'Eksterne relationer'.padEnd(width)}    Kerne  Periferi`)
    for (const partner of external.partners)
      lines.push(`${partner.padEnd(width)} ${mean(external.core[partner]!)}  ${mean(external.periphery[partner]!)}`)
  }
  return lines.join('\n')
}

const command: Command = {
  name: 'network',
  summary: 'network survey: density, core and periphery, articulation points',
  help,
  async run(argv, out) {
    const { values, positionals } = parseCommandArgs(argv, {
      external: { type: 'string' },
      json: { type: 'boolean', default: false },
    }, { min: 2, max: 2, names: '<members.csv> <relations.csv>' })
    const [members, relations] = await Promise.all(positionals.map(readInput))
    const external = values.external === undefined ? undefined : await readInput(values.external)
    const data = parseNetworkFiles({ members: members!, relations: relations!, ...(external ? { external } : {}) })
    const analysis = analyseNetwork(data)
    out.stdout(values.json ? JSON.stringify(networkSummary(analysis)) : report(analysis))
  },
}

export default command
