// The "Fælles om Ledelse" deck: its deck object (what components, the CLI and the print
// templates read) and the content of its talks (what its slides import).
import { DeckSchema, defineDeck } from '../../lib/schema/deck.ts'
import { discussions } from './discussions.ts'
import { teams } from './lego.ts'
import { phases } from './phases.ts'
import { programme } from './programme.ts'
import { seminar } from './seminar.ts'
import { survey } from './survey.ts'

export const deck = defineDeck(DeckSchema, {
  slug: 'faelles-om-ledelse',
  language: 'da',
  seminar,
  programme,
  rounds: discussions,
  teams,
  visits: { months: ['marts', 'april'], followUp: 'maj' },
  phases,
  words: { department: 'Magistratsafdeling', departments: 'magistratsafdelinger' },
  files: {
    participants: 'participants.csv',
    network: { members: 'network/members.csv', relations: 'network/relations.csv', external: 'network/external.csv' },
  },
  survey,
})

export { borderland } from './borderland.ts'
export { discussions } from './discussions.ts'
export { goals } from './goals.ts'
export { jobVisits } from './job-visits.ts'
export { lego, teams } from './lego.ts'
export { networkSection } from './network-section.ts'
export { phases } from './phases.ts'
export { programme } from './programme.ts'
export { research } from './research.ts'
export { seminar } from './seminar.ts'
