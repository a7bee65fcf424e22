import { describe, expect, it } from 'vitest'
import { rankingMoves } from './ranking.ts'

describe('rankingMoves', () => {
  it('gives each item its place in both rankings and the places it gains', () => {
    expect(rankingMoves(['a', 'b', 'c'], ['c', 'a', 'b'])).toEqual([
      { item: 'a', from: 0, to: 1, gain: -1 },
      { item: 'b', from: 1, to: 2, gain: -1 },
      { item: 'c', from: 2, to: 0, gain: 2 },
    ])
  })

  it('drops items the second ranking lacks', () => {
    expect(rankingMoves(['a', 'b'], ['b']).map(move => move.item)).toEqual(['b'])
  })
})
