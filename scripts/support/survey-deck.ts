import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseMembersCsv } from '../../lib/network/csv.ts'
import type { NetworkSection } from '../../lib/schema/network-section.ts'
import type { SurveyDeck } from '../../lib/survey/survey.ts'

/** The deck's members file: the forum the live survey asks, the same list the sample export uses. */
export function surveyMembersFile(root: string, deck: string): string {
  return resolve(root, 'data', deck, 'network', 'members.csv')
}

/**
 * What the server and `seminar survey` need to run a deck's survey: its members (without the
 * sample's `responded`, which the live answers replace) and the deck's settings.
 */
export function loadSurveyDeck(root: string, deck: string, section: NetworkSection): SurveyDeck {
  const file = surveyMembersFile(root, deck)
  const members = parseMembersCsv(`data/${deck}/network/members.csv`, readFileSync(file))
  return {
    members: members.map(({ id, name, department }) => ({ id, name, department })),
    partners: section.survey.partners,
    gate: section.survey.gate,
    names: section.survey.names,
  }
}
