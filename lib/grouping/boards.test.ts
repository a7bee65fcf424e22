import { describe, expect, it } from 'vitest'
import { membersByDepartment } from './boards.ts'

describe('membersByDepartment', () => {
  it('groups in the order departments first appear, keeping each member\'s place', () => {
    const members = [
      { name: 'A', department: 'Kultur', role: 'direktør' },
      { name: 'B', department: 'Kultur', role: 'chef' },
      { name: 'C', department: 'Teknik', role: 'direktør' },
      { name: 'D', department: 'Kultur', role: 'chef' },
    ]
    expect(membersByDepartment(members).map(([department, group]) => [department, group.map(m => m.name)]))
      .toEqual([['Kultur', ['A', 'B', 'D']], ['Teknik', ['C']]])
    expect(membersByDepartment([])).toEqual([])
  })
})
