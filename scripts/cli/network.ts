import { analyseNetwork, networkSummary } from '../../lib/network/analyse.ts'
import { parseNetworkFiles } from '../../lib/network/csv.ts'
import type { NetworkAnalysis } from '../../lib/network/types.ts'
import { formats } from '../../lib/i18n/format.ts'
import { translator } from '../../lib/i18n/translate.ts'
import type { Deck } from '../../lib/schema/deck.ts'
import { readInput } from '../support/read-input.ts'
import { parseCommandArgs, type Command } from './command.ts'
import { commandDeck, DECK_OPTION } from './grouping-input.ts'

const help = `Usage: seminar network <members.csv> <relations.csv> [--deck SLUG] [--external external.csv] [--json]

Analyses a forum's network survey: density (with non-respondents), reciprocity, the
Borgatti–Everett core and periphery, articulation points, components and, with
--external, the mean contact with external partner types in the core and periphery.

  members.csv     id, name, department, responded (ja/nej)
  relations.csv   from, to [, strength 1–5]: one row per tie a respondent reported
  --external F    id, then one column per partner type, answers 1–5 or blank
  --deck SLUG     the deck whose language the report speaks (default: the only deck, else the default deck)
  --json          print the figures as one JSON document`

function names(analysis: NetworkAnalysis, ids: readonly string[], none: string): string {
  const byId = new Map(analysis.nodes.map(node => [node.id, node.name]))
  return ids.length === 0 ? none : ids.map(id => `${byId.get(id)} (${id})`).join(', ')
}

/** The figures as a report for the terminal, in the deck's language. */
function report(deck: Deck, analysis: NetworkAnalysis): string {
  const t = translator(deck.language)
  const { decimal, integer, percent } = formats(deck.language)
  const none = t('cli.networkNone')
  const lines = [
    t('cli.networkMembers', { members: integer(analysis.members), respondents: integer(analysis.respondents) }),
    t('cli.networkTies', { ties: integer(analysis.ties), possible: integer(analysis.possibleTies), density: percent(analysis.density) }),
    t('cli.networkReciprocity', { share: percent(analysis.reciprocity) }),
    t('cli.networkFit', { fit: decimal(analysis.coreFit, 3) }),
    t('cli.networkCore', { count: analysis.core.length, names: names(analysis, analysis.core, none) }),
    t('cli.networkPeriphery', { count: analysis.periphery.length, names: names(analysis, analysis.periphery, none) }),
    t('cli.networkComponents', { count: integer(analysis.components) }),
    t('cli.networkArticulation', { names: names(analysis, analysis.articulationPoints, none) }),
  ]
  const { external } = analysis
  if (external) {
    const heading = t('cli.networkExternal')
    const core = t('network.coreColumn')
    const periphery = t('network.peripheryColumn')
    const width = Math.max(...external.partners.map(p => p.length), heading.length)
    const mean = (value: number | null) => (value === null ? '–' : decimal(value)).padStart(8)
    lines.push('', `${heading.padEnd(width)} ${core.padStart(8)}  ${periphery.padStart(8)}`)
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
      ...DECK_OPTION,
    }, { min: 2, max: 2, names: '<members.csv> <relations.csv>' })
    const [members, relations] = await Promise.all(positionals.map(readInput))
    const external = values.external === undefined ? undefined : await readInput(values.external)
    const data = parseNetworkFiles({ members: members!, relations: relations!, ...(external ? { external } : {}) })
    const analysis = analyseNetwork(data)
    out.stdout(values.json ? JSON.stringify(networkSummary(analysis)) : report(await commandDeck(values.deck), analysis))
  },
}

export default command
