import { describe, expect, it } from 'vitest'
import { InputError, type InputProblem } from '../errors.ts'
import { parseExternalCsv, parseMembersCsv, parseNetworkFiles, parseRelationsCsv } from './csv.ts'

const bytes = (text: string) => new TextEncoder().encode(text)

function problemsOf(run: () => unknown): InputProblem[] {
  try {
    run()
  }
  catch (error) {
    if (error instanceof InputError)
      return error.problems
    throw error
  }
  throw new Error('expected an InputError')
}

const MEMBERS = 'id;navn;magistratsafdeling;besvaret\r\nm1;Anne;Børn og Unge;ja\r\nm2;Bo;Teknik og Miljø;Nej\r\nm3;Carl;Børn og Unge;1\r\n'
const members = parseMembersCsv('members.csv', bytes(MEMBERS))

describe('parseMembersCsv', () => {
  it('reads Danish headers, ; and CRLF, and every responded word', () => {
    expect(members).toEqual([
      { id: 'm1', name: 'Anne', department: 'Børn og Unge', responded: true },
      { id: 'm2', name: 'Bo', department: 'Teknik og Miljø', responded: false },
      { id: 'm3', name: 'Carl', department: 'Børn og Unge', responded: true },
    ])
    const words = ['yes', 'no', 'TRUE', 'false', '0', 'Ja']
    const text = `id,name,department,responded\n${words.map((w, i) => `x${i},N${i},D,${w}`).join('\n')}\n`
    expect(parseMembersCsv('m.csv', bytes(text)).map(m => m.responded)).toEqual([true, false, true, false, false, true])
  })

  it('reports every duplicate id and unknown responded word with line and column', () => {
    const problems = problemsOf(() => parseMembersCsv('members.csv', bytes('id,name,department,responded\na,A,D,ja\na,B,D,måske\nb,C,D,\n')))
    expect(problems).toEqual([
      { file: 'members.csv', line: 3, column: 'id', found: '"a" again (first on line 2)', expected: 'a unique id' },
      { file: 'members.csv', line: 3, column: 'responded', found: 'måske', expected: 'ja/nej, yes/no, true/false or 1/0' },
      { file: 'members.csv', line: 4, column: 'responded', found: 'a blank value', expected: 'a responded' },
    ])
  })

  it('reports a missing column', () => {
    const problems = problemsOf(() => parseMembersCsv('members.csv', bytes('id,name,department\na,A,D\n')))
    expect(problems).toMatchObject([{ line: 1, column: 'responded' }])
  })
})

describe('parseRelationsCsv', () => {
  it('reads ties with optional strength', () => {
    const relations = parseRelationsCsv('relations.csv', bytes('fra,til,strength\nm1,m2,4\nm3,m1,\n'), members)
    expect(relations).toEqual([{ from: 'm1', to: 'm2', strength: 4 }, { from: 'm3', to: 'm1' }])
  })

  it('rejects unknown ids, self-ties, ties from non-respondents and bad strengths, all at once', () => {
    const text = 'from,to,strength\nm1,m9,\nm1,m1,\nm2,m1,\nm3,m1,6\nm3,m2,2.5\n'
    expect(problemsOf(() => parseRelationsCsv('relations.csv', bytes(text), members))).toEqual([
      { file: 'relations.csv', line: 2, column: 'to', found: 'm9', expected: 'the id of a member in the members file' },
      { file: 'relations.csv', line: 3, column: 'to', found: 'm1 (the same as from)', expected: 'another member: a tie to oneself is not a relation' },
      { file: 'relations.csv', line: 4, column: 'from', found: 'm2, who did not answer the survey (responded = no)', expected: 'a respondent: only respondents report ties' },
      { file: 'relations.csv', line: 5, column: 'strength', found: '6', expected: 'a whole number from 1 to 5' },
      { file: 'relations.csv', line: 6, column: 'strength', found: '2.5', expected: 'a whole number from 1 to 5' },
    ])
  })

  it('reports a header without rows', () => {
    expect(problemsOf(() => parseRelationsCsv('relations.csv', bytes('from,to\n'), members))).toMatchObject([{ line: 2, found: 'no rows below the header' }])
  })
})

describe('parseExternalCsv', () => {
  it('reads partner columns in file order, blanks as null', () => {
    const answers = parseExternalCsv('external.csv', bytes('id;Andre kommuner;Regioner\nm1;3;\nm3;;5\n'), members)
    expect(answers).toEqual({
      partners: ['Andre kommuner', 'Regioner'],
      rows: [{ id: 'm1', values: [3, null] }, { id: 'm3', values: [null, 5] }],
    })
  })

  it('rejects out-of-range answers, unknown and repeated ids', () => {
    const text = 'id,Regioner,Borgere\nm1,0,2\nm7,3,3\nm1,3,x\n'
    expect(problemsOf(() => parseExternalCsv('external.csv', bytes(text), members))).toEqual([
      { file: 'external.csv', line: 2, column: 'Regioner', found: '0', expected: 'a whole number from 1 to 5' },
      { file: 'external.csv', line: 3, column: 'id', found: 'm7', expected: 'the id of a member in the members file' },
      { file: 'external.csv', line: 4, column: 'id', found: '"m1" again (first on line 2)', expected: 'a unique id' },
      { file: 'external.csv', line: 4, column: 'Borgere', found: 'x', expected: 'a whole number from 1 to 5' },
    ])
  })

  it('needs at least one partner column', () => {
    expect(problemsOf(() => parseExternalCsv('external.csv', bytes('id\nm1\n'), members))).toMatchObject([{ line: 1, found: 'no column besides id' }])
  })
})

describe('parseNetworkFiles', () => {
  it('reads the three files of a survey export together', () => {
    const data = parseNetworkFiles({
      members: { file: 'members.csv', bytes: bytes(MEMBERS) },
      relations: { file: 'relations.csv', bytes: bytes('from,to\nm1,m3\n') },
      external: { file: 'external.csv', bytes: bytes('id,Borgere\nm1,2\n') },
    })
    expect(data.relations).toEqual([{ from: 'm1', to: 'm3' }])
    expect(data.external?.partners).toEqual(['Borgere'])
  })
})
