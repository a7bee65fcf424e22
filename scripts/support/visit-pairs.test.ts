import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { drawPairs } from '../../lib/grouping/pairs.ts'
import { parseParticipantsText } from '../../lib/grouping/participants.ts'
import { liveDeck } from '../../lib/live/deck.ts'
import { deck } from '../../tests/fixtures/decks/mini/index.ts'
import { LiveServer } from './live/live-server.ts'
import { visitPairsDrawer } from './visit-pairs.ts'

const DIR = 'tests/fixtures/decks/mini'
const participants = parseParticipantsText('participants.csv', readFileSync(`${DIR}/participants.csv`, 'utf8'))
// The fixture survey's ties by name, read here line by line.
const nameOf = new Map(readFileSync(`${DIR}/network/members.csv`, 'utf8').trim().split('\n').slice(1).map(line => line.split(',') as [string, string]))
const ties = readFileSync(`${DIR}/network/relations.csv`, 'utf8').trim().split('\n').slice(1)
  .map(line => line.split(',')).map(([from, to]): [string, string] => [nameOf.get(from!)!, nameOf.get(to!)!])

describe('visitPairsDrawer', () => {
  it('draws as `seminar pairs --members --relations` does: avoiding the survey\'s ties', () => {
    const draw = visitPairsDrawer(deck, DIR)!
    const withTies = drawPairs(participants, { seed: 3, months: deck.visits.months, ties })
    expect(draw(3)).toEqual(withTies)
    expect(withTies).not.toEqual(drawPairs(participants, { seed: 3, months: deck.visits.months }))
  })

  it('has nothing to draw for a deck without participants', () => {
    expect(visitPairsDrawer({ ...deck, files: {} }, DIR)).toBeUndefined()
  })
})

describe('LiveServer: visit pairs', () => {
  it('puts the draw of the pairs board\'s seed into the state, and draws again only when that seed changes', () => {
    const live = new LiveServer({ deck: liveDeck(deck), dir: undefined, secret: undefined, warn: () => {}, visitPairs: visitPairsDrawer(deck, DIR)! })
    expect(live.snapshot().state.visitPairs?.seed).toBe(1)
    live.run({ type: 'grouping.redraw', board: 'pairs' }, { role: 'presenter' })
    const second = live.snapshot().state.visitPairs
    expect(second).toEqual(visitPairsDrawer(deck, DIR)!(2))
    live.run({ type: 'grouping.redraw', board: 'teams' }, { role: 'presenter' })
    expect(live.snapshot().state.visitPairs).toBe(second)
  })
})
