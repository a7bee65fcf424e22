import { describe, expect, it } from 'vitest'
import { PhasesSchema } from '../../lib/schema/phases.ts'
import { roundSteps } from '../../lib/discussion/steps.ts'
import { deckRound } from '../../lib/discussion/rounds.ts'
import { DiscussionsSchema } from '../../lib/schema/discussions.ts'
import { PrioritiesSchema } from '../../lib/schema/ranking.ts'
import { deck, phases, programme, research, seminar } from './index.ts'

// The modules validate themselves at import; these tests pin what the seed says.
describe('the "Fælles om Ledelse" data modules', () => {
  it('hold the seminar of 22 February 2019', () => {
    expect(seminar.date).toBe('2019-02-22')
    expect(seminar.welcome.speaker).toBe('Henrik Seiding')
  })

  it('end the programme with the open-ended, pinned tour of Blixen', () => {
    const last = programme.items.at(-1)!
    expect(last.end).toBeUndefined()
    expect(last.pinned).toBe(true)
    expect(last.title).toContain('Blixen')
  })

  it('place every table discussion in a programme item, so catching up can shorten it', () => {
    const items = new Set(programme.items.map(item => item.id))
    expect(deck.rounds.filter(round => !items.has(round.programmeItem ?? ''))).toEqual([])
  })

  it('time each table discussion as the seed does', () => {
    expect(deck.rounds.map(round => [round.id, round.format.phases[0]!.groupSize, roundSteps(round).map(step => step.minutes)])).toEqual([
      ['visionsledelse', 3, [10, 10]],
      ['netvaerk', 3, [5, 5, 5]],
      ['sidemand', 2, [5, 5, 5]],
    ])
    expect(roundSteps(deckRound(deck, 'netvaerk'))[0]!.id).toBe('netvaerk-viden')
    expect(() => deckRound(deck, 'findes-ikke')).toThrow(/No discussion round "findes-ikke"/)
  })

  it('give the three LEGO colours their facilitators', () => {
    expect(deck.teams.colours.map(team => [team.colour, team.facilitator])).toEqual([['blå', 'Camilla'], ['rød', 'Nanna'], ['grøn', 'Linnea']])
  })

  it('run the four phases from June 2018 to December 2019', () => {
    expect(phases.map(phase => phase.from)).toEqual(['2018-06', '2018-11', '2019-02', '2019-08'])
    expect(phases.at(-1)!.to).toBe('2019-12')
  })
})

describe('data schemas reject what a presenter could get wrong', () => {
  it('phases out of order', () => {
    const result = PhasesSchema.safeParse([
      { number: 1, from: '2019-01', to: '2019-06', title: 'A' },
      { number: 2, from: '2019-03', to: '2019-02', title: 'B' },
    ])
    expect(result.success).toBe(false)
    expect(result.error!.issues.map(issue => issue.message)).toEqual([
      'phase 2 ends (2019-02) before it starts (2019-03)',
      'phase 2 starts (2019-03) before phase 1 ends (2019-06)',
    ])
  })

  it('two rankings that do not rank the same items', () => {
    const result = PrioritiesSchema.safeParse({
      title: 'T',
      left: { heading: 'L', items: ['a', 'b'] },
      right: { heading: 'R', items: ['a', 'c'] },
    })
    expect(result.error!.issues.map(issue => issue.message)).toEqual([
      '"b" is ranked on the left but not on the right',
      '"c" is ranked on the right but not on the left',
    ])
    expect(PrioritiesSchema.safeParse(research.priorities).success).toBe(true)
  })

  it('two discussions with one id', () => {
    const round = { id: 'x', title: 'T', format: 'threes', questions: [{ id: '1', text: 'Q', minutes: 5 }] }
    const result = DiscussionsSchema.safeParse([round, round])
    expect(result.error!.issues[0]!.message).toBe('duplicate discussion id "x"')
  })
})
