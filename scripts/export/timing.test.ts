import { describe, expect, it } from 'vitest'
import { slideTimings, type TimingSlide } from './timing.ts'

const base = { file: 'slides/x.md', itemMinutes: new Map([['talk', 30], ['open', undefined]]), roundMinutes: new Map([['r', 20]]) }
const slide = (no: number, extra: Partial<TimingSlide> = {}): TimingSlide => ({ no, line: no * 10, rounds: [], ...extra })

describe('slideTimings', () => {
  it('gives a discussion slide its minutes and splits the rest of the item over the other slides', () => {
    const { seconds, problems } = slideTimings({ ...base, slides: [slide(1), slide(2, { programme: 'talk' }), slide(3), slide(4, { rounds: ['r'] })] })
    expect(problems).toEqual([])
    expect(Object.fromEntries(seconds)).toEqual({ 2: 300, 3: 300, 4: 1200 })
  })

  it('leaves slides of an open-ended item and before the first item untimed, but times their discussions', () => {
    const { seconds } = slideTimings({ ...base, slides: [slide(1, { rounds: ['r'] }), slide(2, { programme: 'open' }), slide(3), slide(4, { rounds: ['r'] })] })
    expect(Object.fromEntries(seconds)).toEqual({ 1: 1200, 4: 1200 })
  })

  it('reports an unknown programme id with the slide line', () => {
    const { problems } = slideTimings({ ...base, slides: [slide(1, { programme: 'nope' })] })
    expect(problems).toEqual([{ file: 'slides/x.md', line: 10, column: 'programme', found: 'nope', expected: 'a programme item id (talk, open)' }])
  })
})
