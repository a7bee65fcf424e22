import { readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parseMembersCsv } from '../../lib/network/csv.ts'
import type { Deck } from '../../lib/schema/deck.ts'
import type { SurveyDeck } from '../../lib/survey/survey.ts'
import { deckDir, REPO_ROOT } from './deck-entry.ts'

/**
 * What the server and `seminar survey` need to run a deck's survey: its members (without the
 * sample's `responded`, which the live answers replace) and the deck's settings; undefined
 * for a deck without a survey.
 */
export function loadSurveyDeck(deck: Pick<Deck, 'slug' | 'files' | 'survey'>, root = REPO_ROOT): SurveyDeck | undefined {
  // The forum the live survey asks: the same members file as the deck's sample export.
  const members = deck.files.network?.members
  if (!deck.survey || !members)
    return undefined
  const file = join(deckDir(deck.slug, root), members)
  return {
    members: parseMembersCsv(relative(root, file), readFileSync(file)).map(({ id, name, department }) => ({ id, name, department })),
    partners: deck.survey.partners,
    gate: deck.survey.gate,
    names: deck.survey.names,
  }
}
