import { translate } from '../i18n/translate.ts'
import { buildSchedule } from '../programme/schedule.ts'
import type { Deck } from '../schema/deck.ts'
import { discussionTimers } from '../timer/catalogue.ts'
import { MINUTE_MS } from '../timer/machine.ts'
import type { LiveDeck } from './apply.ts'

/**
 * What the server needs of a deck to decide commands: every timer (one per step of a
 * round, `next` being the round's following step), the programme, the date and the
 * rounds whose tables send insights.
 */
export function liveDeck(deck: Pick<Deck, 'rounds' | 'programme' | 'seminar' | 'language'>): LiveDeck {
  const timers = new Map([...discussionTimers(deck.rounds).values()].map((entry) => {
    const next = entry.steps[entry.index + 1]
    return [entry.id, { plannedMs: entry.minutes * MINUTE_MS, ...(next ? { next: next.id } : {}) }]
  }))
  const insightRounds = new Set(deck.rounds.filter(round => round.insights).map(round => round.id))
  const rounds = deck.rounds.flatMap(round => round.programmeItem === undefined ? [] : [{ slot: round.programmeItem, round }])
  return { timers, schedule: buildSchedule(deck.programme, translate(deck.language, 'programme.break')), seminarDate: deck.seminar.date, rounds, insightRounds }
}
