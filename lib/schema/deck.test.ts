import { describe, expect, it } from 'vitest'
import { deck } from '../../tests/fixtures/decks/mini/index.ts'
import { deckRound } from '../discussion/rounds.ts'
import { DeckSchema } from './deck.ts'
import { validateData } from './define.ts'

const raw = () => structuredClone({ ...deck, rounds: deck.rounds.map(round => ({ ...round, format: round.format.id })) })

describe('DeckSchema', () => {
  it('looks up each round\'s format, standard or the deck\'s own', () => {
    expect(deckRound(deck, 'ideer').format.phases.map(phase => phase.minutes)).toEqual([1, 2, 4, 5])
    const own = { ...raw(), formats: [{ id: 'walk', name: 'Walk and talk', phases: [{ id: 'walk', name: 'Walk', minutes: 15, groupSize: 2 }] }] }
    own.rounds[0]!.format = 'walk'
    expect(DeckSchema.parse(own).rounds[0]!.format.name).toBe('Walk and talk')
  })

  it('names an unknown format, a bad language and two equal visit months with their paths', () => {
    const bad = raw() as Record<string, unknown> & ReturnType<typeof raw>
    bad.rounds[1]!.format = 'fishbowl'
    bad.visits = { months: ['May', 'May'], followUp: 'June' }
    bad.teams.roles.member = bad.teams.roles.lead
    const problems = validateData(DeckSchema, bad, 'data/x/index.ts')
    expect(problems.map(problem => [problem.column, problem.found])).toEqual([['teams.roles.member', 'direktør'], ['rounds[1].format', 'fishbowl'], ['visits.months[1]', 'May']])
    expect(problems[1]!.expected).toMatch(/^a known format \(threes, .*1-2-4-all, troika\)$/)
    expect(validateData(DeckSchema, { ...raw(), language: 'de' }, 'data/x/index.ts').map(problem => problem.column)).toEqual(['language'])
  })

  it('says which rounds exist when a slide names another', () => {
    expect(() => deckRound(deck, 'kaffe')).toThrow(/No discussion round "kaffe" in deck "mini"; known: visionsledelse, netvaerk/)
  })
})
