import { buildSchedule } from '../programme/schedule.ts'
import type { Programme } from '../schema/programme.ts'
import type { DiscussionRound } from '../schema/discussions.ts'
import { discussionTimers } from '../timer/catalogue.ts'
import { MINUTE_MS } from '../timer/machine.ts'
import type { LiveDeck } from './apply.ts'

/** What the server needs of a deck's data to decide commands: timers, programme, date, insight rounds. */
export function liveDeck(deck: { rounds: readonly DiscussionRound[], programme: Programme, date: string }): LiveDeck {
  const entries = [...discussionTimers(deck.rounds).values()]
  const timers = new Map(entries.map((entry) => {
    const next = entry.round.questions[entry.index + 1]
    return [entry.id, { plannedMs: entry.minutes * MINUTE_MS, ...(next ? { next: entries.find(e => e.round === entry.round && e.question === next)!.id } : {}) }]
  }))
  const insightRounds = new Set(deck.rounds.filter(round => round.insights).map(round => round.id))
  return { timers, schedule: buildSchedule(deck.programme), seminarDate: deck.date, insightRounds }
}
