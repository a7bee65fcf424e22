import { describe, expect, it } from 'vitest'
import { externalMeans, leadingGroups } from './external.ts'

describe('externalMeans', () => {
  it('averages non-blank answers of respondents per group, to 2 decimals', () => {
    const answers = {
      partners: ['Regioner', 'Borgere'],
      rows: [
        { id: 'a', values: [3, 1] },
        { id: 'b', values: [2, null] },
        { id: 'c', values: [2, 2] },
        { id: 'd', values: [1, null] },
        { id: 'e', values: [5, 5] }, // not a respondent: ignored
      ],
    }
    const means = externalMeans(answers, new Set(['a', 'b', 'c']), new Set(['a', 'b', 'c', 'd']))
    // Core Regioner (3 + 2 + 2) / 3 = 2.333… → 2.33; Borgere (1 + 2) / 2 = 1.5.
    // Periphery: d only; Regioner 1, Borgere blank → null.
    expect(means).toEqual({
      partners: ['Regioner', 'Borgere'],
      core: { Regioner: 2.33, Borgere: 1.5 },
      periphery: { Regioner: 1, Borgere: null },
    })
  })

  it('rounds exact halves up', () => {
    // 17 / 8 = 2.125 → 2.13, as the seed's table prints it.
    const rows = [3, 3, 2, 2, 2, 2, 2, 1].map((value, i) => ({ id: `m${i}`, values: [value] }))
    const ids = new Set(rows.map(r => r.id))
    expect(externalMeans({ partners: ['X'], rows }, ids, ids).core.X).toBe(2.13)
  })
})

describe('leadingGroups', () => {
  it('marks the group with the higher mean, none on a tie or a missing mean', () => {
    expect(leadingGroups({
      partners: ['Regioner', 'Borgere', 'Stat', 'Firmaer'],
      core: { Regioner: 3, Borgere: 1.5, Stat: 2, Firmaer: null },
      periphery: { Regioner: 2.5, Borgere: 4, Stat: 2, Firmaer: 3 },
    })).toEqual({ Regioner: 'core', Borgere: 'periphery', Stat: null, Firmaer: null })
  })
})
