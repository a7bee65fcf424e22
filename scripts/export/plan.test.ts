import { describe, expect, it } from 'vitest'
import { handoutPages, outlineEntries, outlineNotation, presenterPages, type SlidePlanInput } from './plan.ts'

const slide = (no: number, overrides: Partial<SlidePlanInput> = {}): SlidePlanInput =>
  ({ no, handout: true, section: false, title: `Slide ${no}`, rounds: [], empty: false, ...overrides })

const deck: SlidePlanInput[] = [
  slide(1, { title: 'Cover' }),
  slide(2, { section: true, title: 'Velkommen' }),
  slide(3, { title: 'Borde', handout: false }),
  slide(4, { title: 'Drøftelse', rounds: ['a'] }),
  slide(5, { section: true, title: 'Tak' }),
]

describe('page plans', () => {
  it('the presenter PDF has every slide in order', () => {
    expect(presenterPages(deck).map(page => page.no)).toEqual([1, 2, 3, 4, 5])
  })

  it('the handout drops facilitator-only slides and follows a discussion with its notes page', () => {
    expect(handoutPages(deck)).toEqual([
      { kind: 'slide', no: 1 },
      { kind: 'slide', no: 2 },
      { kind: 'slide', no: 4 },
      { kind: 'notes', round: 'a', no: 4 },
      { kind: 'slide', no: 5 },
    ])
  })

  it('the handout leaves out a live slide with nothing from the day; the presenter PDF keeps it', () => {
    const withInsights = [...deck.slice(0, 4), slide(6, { title: 'Indsigter', empty: true }), slide(7, { title: 'Fotos' }), deck[4]!]
    expect(handoutPages(withInsights).map(page => page.no)).toEqual([1, 2, 4, 4, 7, 5])
    expect(presenterPages(withInsights).map(page => page.no)).toEqual([1, 2, 3, 4, 6, 7, 5])
  })
})

describe('bookmarks', () => {
  it('nests slides under the section before them and points at handout pages', () => {
    const pages = handoutPages(deck)
    expect(outlineEntries(pages, deck, round => `Noter: ${round}`)).toEqual([
      { page: 1, depth: 0, title: 'Cover' },
      { page: 2, depth: 0, title: 'Velkommen' },
      { page: 3, depth: 1, title: 'Drøftelse' },
      { page: 4, depth: 1, title: 'Noter: a' },
      { page: 5, depth: 0, title: 'Tak' },
    ])
  })

  it('leaves out untitled slides and slides or sections titled like their section', () => {
    const slides = [slide(1, { section: true, title: 'Netværk' }), slide(2, { title: 'Netværk' }), slide(3, { title: '  ' }), slide(4, { section: true, title: 'Netværk' })]
    expect(outlineEntries(presenterPages(slides), slides, () => '')).toEqual([{ page: 1, depth: 0, title: 'Netværk' }])
  })

  it('writes outline-pdf notation with collapsed parents and no field separator in titles', () => {
    expect(outlineNotation([
      { page: 2, depth: 0, title: 'A | B' },
      { page: 3, depth: 1, title: 'C' },
      { page: 4, depth: 0, title: 'D' },
    ])).toBe('-2||A / B\n3|-|C\n4||D')
  })
})
