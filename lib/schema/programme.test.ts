import { describe, expect, it } from 'vitest'
import { deck } from '../../tests/fixtures/decks/mini/index.ts'
import { InputError } from '../errors.ts'
import { validateData } from './define.ts'
import { ProgrammeSchema } from './programme.ts'

const validateProgramme = (raw: unknown, file: string, source?: string) => validateData(ProgrammeSchema, raw, file, source)

const FILE = 'data/my-seminar/programme.ts'

function withItems(items: unknown[]) {
  return { headings: { time: 'Tid', item: 'Programpunkt' }, items }
}

describe('validateProgramme', () => {
  it('accepts the seminar programme', () => {
    expect(validateProgramme(deck.programme, FILE)).toEqual([])
  })

  it('accepts a duration instead of an end', () => {
    const parsed = ProgrammeSchema.parse(withItems([
      { id: 'a', start: '09.00', duration: 30, title: 'A' },
      { id: 'b', start: '09.30', end: '10.00', title: 'B' },
    ]))
    expect(parsed.items[0]?.duration).toBe(30)
  })

  it('rejects an end before its start, naming file, item and what was expected', () => {
    const problems = validateProgramme(withItems([
      { id: 'a', start: '09.30', end: '09.00', title: 'A' },
    ]), FILE)
    expect(problems).toEqual([{ file: FILE, column: 'items[0].end', found: '09.00', expected: 'an end after the start 09.30 of item "a"' }])
  })

  it('rejects an end equal to the start', () => {
    const problems = validateProgramme(withItems([{ id: 'a', start: '09.30', end: '09.30', title: 'A' }]), FILE)
    expect(problems.map(p => p.column)).toEqual(['items[0].end'])
  })

  it('rejects overlapping items', () => {
    const problems = validateProgramme(withItems([
      { id: 'a', start: '09.00', end: '09.30', title: 'A' },
      { id: 'b', start: '09.20', end: '10.00', title: 'B' },
    ]), FILE)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ column: 'items[1].start', found: '09.20' })
    expect(problems[0]?.expected).toBe('a start at 09.30 or later: item "b" overlaps item "a" (09.00 – 09.30)')
  })

  it('rejects an overlap made by a duration', () => {
    const problems = validateProgramme(withItems([
      { id: 'a', start: '09.00', duration: 45, title: 'A' },
      { id: 'b', start: '09.30', title: 'B' },
    ]), FILE)
    expect(problems[0]?.expected).toContain('09.45 or later')
  })

  it('rejects items out of order', () => {
    const problems = validateProgramme(withItems([
      { id: 'a', start: '10.00', end: '10.30', title: 'A' },
      { id: 'b', start: '09.00', end: '09.30', title: 'B' },
    ]), FILE)
    expect(problems).toEqual([{ file: FILE, column: 'items[1].start', found: '09.00', expected: 'items in time order: item "b" starts before item "a" (10.00)' }])
  })

  it('rejects invalid times', () => {
    const problems = validateProgramme(withItems([
      { id: 'a', start: '25.00', end: '9.61', title: 'A' },
    ]), FILE)
    expect(problems.map(p => [p.column, p.found])).toEqual([['items[0].start', '25.00'], ['items[0].end', '9.61']])
    expect(problems[0]?.expected).toBe('a time of day such as "09.00"')
  })

  it('rejects an open-ended item that is not the last', () => {
    const problems = validateProgramme(withItems([
      { id: 'a', start: '09.00', title: 'A' },
      { id: 'b', start: '10.00', end: '10.30', title: 'B' },
    ]), FILE)
    expect(problems).toEqual([{ file: FILE, column: 'items[0].end', found: '09.00 –', expected: 'an end or a duration for item "a": only the last item may be open-ended' }])
  })

  it('rejects both an end and a duration, duplicate ids and a day past midnight', () => {
    const problems = validateProgramme(withItems([
      { id: 'a', start: '09.00', end: '09.30', duration: 30, title: 'A' },
      { id: 'a', start: '23.00', duration: 90, title: 'B' },
    ]), FILE)
    expect(problems.map(p => p.column)).toEqual(['items[0].duration', 'items[1].id', 'items[1].duration'])
  })

  it('reports every problem, shape and order alike', () => {
    const problems = validateProgramme(withItems([
      { id: 'a', start: '09.00', end: '09.30', title: '' },
      { id: 'b', start: '09.15', end: '09.45', title: 'B', pinned: 'yes' },
    ]), FILE)
    expect(problems.map(p => p.column).sort()).toEqual(['items[0].title', 'items[1].pinned', 'items[1].start'])
  })

  it('rejects a programme without items and says what the shape should be', () => {
    expect(validateProgramme({ headings: { time: 'Tid', item: 'Programpunkt' }, items: [] }, FILE)).toHaveLength(1)
    expect(validateProgramme(42, FILE)[0]).toMatchObject({ file: FILE, found: '42' })
  })

  it('gives the line of the item when the source text is known', () => {
    const source = [
      'export const programme = ProgrammeSchema.parse({',
      '  items: [',
      '    { id: \'a\', start: \'09.00\', end: \'09.30\', title: \'A\' },',
      '    { id: \'b\', start: \'09.10\', end: \'10.00\', title: \'B\' },',
      '  ],',
      '})',
    ].join('\n')
    const problems = validateProgramme(withItems([
      { id: 'a', start: '09.00', end: '09.30', title: 'A' },
      { id: 'b', start: '09.10', end: '10.00', title: 'B' },
    ]), FILE, source)
    expect(problems[0]?.line).toBe(4)
  })
})

describe('the programme\'s problems as an InputError', () => {
  it('lists every problem in its message', () => {
    const problems = validateProgramme(withItems([
      { id: 'a', start: '09.30', end: '09.00', title: 'A' },
      { id: 'b', start: '08.00', end: '08.30', title: 'B' },
    ]), FILE)
    expect(problems).toHaveLength(2)
    expect(new InputError(problems).message).toContain(`${FILE}: column "items[0].end": found "09.00", expected an end after the start 09.30`)
  })
})

describe('ProgrammeSchema', () => {
  it('applies the order rules when a data module parses its programme', () => {
    const result = ProgrammeSchema.safeParse(withItems([
      { id: 'a', start: '09.00', end: '09.30', title: 'A' },
      { id: 'b', start: '09.20', end: '10.00', title: 'B' },
    ]))
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.path).toEqual(['items', 1, 'start'])
  })
})
