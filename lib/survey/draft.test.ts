import { describe, expect, it } from 'vitest'
import { emptyDraft, restoreDraft, searchMembers, submissionOf } from './draft.ts'

const members = [
  { id: 'm1', name: 'Søren Kjær', department: 'Kultur og Borgerservice' },
  { id: 'm2', name: 'Åse Holm', department: 'Teknik og Miljø' },
  { id: 'm3', name: 'Bo Lund', department: 'Sundhed og Omsorg' },
]

describe('a participant\'s draft', () => {
  it('sends nothing before consent, only "decline" after declining, the whole answer otherwise', () => {
    const draft = emptyDraft(2)
    expect(submissionOf(draft)).toBeUndefined()
    expect(submissionOf({ ...draft, consent: 'declined', ties: ['m1'] })).toEqual({ type: 'decline' })
    expect(submissionOf({ ...draft, consent: 'accepted', ties: ['m1'], external: [3, null] })).toEqual({ type: 'answer', ties: ['m1'], external: [3, null] })
  })

  it('restores what the phone kept, and drops a tampered or outdated draft', () => {
    const kept = { ...emptyDraft(2), consent: 'accepted' as const, ties: ['m2'], unsent: true }
    expect(restoreDraft(JSON.stringify(kept), 2)).toEqual(kept)
    expect(restoreDraft(JSON.stringify(kept), 7)).toBeUndefined()
    expect(restoreDraft('{"consent":"accepted"', 2)).toBeUndefined()
    expect(restoreDraft(JSON.stringify({ ...kept, external: [9, null] }), 2)).toBeUndefined()
    expect(restoreDraft(null, 2)).toBeUndefined()
  })

  it('finds colleagues by any words of name or department, without minding case or accents', () => {
    expect(searchMembers(members, 'kultur').map(m => m.id)).toEqual(['m1'])
    expect(searchMembers(members, 'ase').map(m => m.id)).toEqual(['m2'])
    expect(searchMembers(members, 'SØREN kultur').map(m => m.id)).toEqual(['m1'])
    expect(searchMembers(members, 'og').map(m => m.id)).toEqual(['m1', 'm2', 'm3'])
    expect(searchMembers(members, 'kultur teknik')).toEqual([])
  })
})
