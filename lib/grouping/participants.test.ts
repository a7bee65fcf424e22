import { describe, expect, it } from 'vitest'
import { InputError } from '../errors.ts'
import { parseParticipantsCsv } from './participants.ts'

const utf8 = (text: string) => new TextEncoder().encode(text)

describe('parseParticipantsCsv', () => {
  it('reads names, departments and the optional position and email', () => {
    const text = '\uFEFFNavn;Afdeling;Stilling;Email\r\nSøren Ærø;Børn og Unge;Direktør;s@eksempel.dk\r\nÅse Ø;Sundhed og Omsorg;;\r\n'
    expect(parseParticipantsCsv('p.csv', utf8(text))).toEqual([
      { name: 'Søren Ærø', department: 'Børn og Unge', position: 'Direktør', email: 's@eksempel.dk' },
      { name: 'Åse Ø', department: 'Sundhed og Omsorg' },
    ])
  })

  it('rejects every repeated name together with other problems in the file', () => {
    const text = 'name,department\nAnna,BU\nBo,\nAnna,SO\nAnna,TM\n'
    try {
      parseParticipantsCsv('p.csv', utf8(text))
      throw new Error('expected an InputError')
    }
    catch (error) {
      expect(error).toBeInstanceOf(InputError)
      expect((error as InputError).problems.map(p => [p.line, p.column, p.found])).toEqual([
        [3, 'department', 'a blank value'],
        [4, 'name', '"Anna" again (first on line 2)'],
        [5, 'name', '"Anna" again (first on line 2)'],
      ])
    }
  })
})
