import { describe, expect, it } from 'vitest'
import { deck } from '../../tests/fixtures/decks/mini/index.ts'
import { phaseStates } from './timeline.ts'

const { phases } = deck

describe('phaseStates', () => {
  it('marks phase 3 current on the seminar of 22 February 2019, though phase 2 also runs in February', () => {
    expect(phaseStates(phases, '2019-02-22')).toEqual(['done', 'done', 'current', 'upcoming'])
  })

  it('marks phase 2 current on its own seminar in November 2018, not phase 1', () => {
    expect(phaseStates(phases, '2018-11-08')).toEqual(['done', 'current', 'upcoming', 'upcoming'])
  })

  it('without a seminar that day, takes the latest phase that has begun', () => {
    expect(phaseStates(phases, '2018-07-01')).toEqual(['current', 'upcoming', 'upcoming', 'upcoming'])
    expect(phaseStates(phases, '2019-02-01')).toEqual(['done', 'done', 'current', 'upcoming'])
    expect(phaseStates(phases, '2019-12-31')).toEqual(['done', 'done', 'done', 'current'])
  })

  it('before and after the course', () => {
    expect(phaseStates(phases, '2018-01-10')).toEqual(['upcoming', 'upcoming', 'upcoming', 'upcoming'])
    expect(phaseStates(phases, '2020-03-01')).toEqual(['done', 'done', 'done', 'done'])
  })
})
