import { describe, expect, it } from 'vitest'
import { InputError, type InputProblem } from '../errors.ts'
import { readCsv, type CsvSpec } from './read-csv.ts'

const spec: CsvSpec = {
  columns: [
    { name: 'name', required: true },
    { name: 'department', required: true },
    { name: 'position', required: false },
  ],
}

const utf8 = (text: string) => new TextEncoder().encode(text)
const withBom = (text: string) => new Uint8Array([0xEF, 0xBB, 0xBF, ...utf8(text)])

function problemsOf(action: () => unknown): InputProblem[] {
  try {
    action()
  }
  catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return (error as InputError).problems
  }
  throw new Error('expected an InputError')
}

describe('readCsv', () => {
  it('reads what Danish Excel writes: BOM, semicolons, CRLF, æøå and Danish headers', () => {
    const text = 'Navn;Magistratsafdeling;Stilling\r\nSøren Ærø;Børn og Unge;Direktør\r\nÅse Østergård;Sundhed og Omsorg;Chef\r\n'
    const table = readCsv('deltagere.csv', withBom(text), spec)
    expect(table.header).toEqual(['name', 'department', 'position'])
    expect(table.rows).toEqual([
      { line: 2, values: { name: 'Søren Ærø', department: 'Børn og Unge', position: 'Direktør' }, extra: {} },
      { line: 3, values: { name: 'Åse Østergård', department: 'Sundhed og Omsorg', position: 'Chef' }, extra: {} },
    ])
  })

  it('reads commas, LF, no BOM, case-insensitive English headers and a missing optional column', () => {
    const table = readCsv('p.csv', utf8('NAME,Department\nAnna,Teknik og Miljø\n'), spec)
    expect(table.rows).toEqual([{ line: 2, values: { name: 'Anna', department: 'Teknik og Miljø', position: '' }, extra: {} }])
  })

  it('keeps quoted delimiters and quotes, reads a line break in a quoted cell as a space, and counts physical lines across it', () => {
    const text = 'navn;afdeling\r\n"Hansen; Bo";"Kultur ""og"" Borgerservice"\r\n"Lise\r\nLotte";Børn og Unge\r\nKim;Teknik og Miljø\r\n'
    const table = readCsv('p.csv', utf8(text), spec)
    expect(table.rows.map(row => [row.line, row.values.name, row.values.department])).toEqual([
      [2, 'Hansen; Bo', 'Kultur "og" Borgerservice'],
      [3, 'Lise Lotte', 'Børn og Unge'],
      [5, 'Kim', 'Teknik og Miljø'],
    ])
  })

  it('picks the delimiter from the header, not from commas inside data', () => {
    const table = readCsv('p.csv', utf8('name;department\n"A, B";X, Y\n'), spec)
    expect(table.rows[0]!.values).toEqual({ name: 'A, B', department: 'X, Y', position: '' })
  })

  it('skips blank rows (Excel writes ";;" rows) and empty trailing header cells, keeping line numbers', () => {
    const table = readCsv('p.csv', utf8('name;department;;\n;;;\nAnna;BU;;\n\nBo;SO;;\n'), spec)
    expect(table.rows.map(row => [row.line, row.values.name])).toEqual([[3, 'Anna'], [5, 'Bo']])
  })

  it('keeps unknown columns in extra by their written header, or rejects them', () => {
    const text = 'id;Andre kommuner;Erhvervsliv\nm01;3;\n'
    const open = readCsv('e.csv', utf8(text), { columns: [{ name: 'id', required: true }] })
    expect(open.header).toEqual(['id', 'Andre kommuner', 'Erhvervsliv'])
    expect(open.rows[0]!.extra).toEqual({ 'Andre kommuner': '3', 'Erhvervsliv': '' })
    const problems = problemsOf(() => readCsv('e.csv', utf8(text), { columns: [{ name: 'id', required: true }], extraColumns: 'reject' }))
    expect(problems.map(p => [p.line, p.column])).toEqual([[1, 'Andre kommuner'], [1, 'Erhvervsliv']])
  })

  it('maps fra/til and besvaret to from/to and responded', () => {
    const table = readCsv('r.csv', utf8('Fra;Til;Besvaret\na;b;ja\n'), {
      columns: [{ name: 'from', required: true }, { name: 'to', required: true }, { name: 'responded', required: true }],
    })
    expect(table.rows[0]!.values).toEqual({ from: 'a', to: 'b', responded: 'ja' })
  })
})

describe('readCsv rejects invalid input with file:line, column, found and expected', () => {
  it('an empty file, and a file holding only a BOM and blank lines', () => {
    for (const bytes of [new Uint8Array(), withBom('\r\n\r\n')]) {
      const [problem, ...rest] = problemsOf(() => readCsv('p.csv', bytes, spec))
      expect(rest).toEqual([])
      expect(problem).toMatchObject({ file: 'p.csv', line: 1, found: 'an empty file' })
      expect(problem!.expected).toContain('name, department')
    }
  })

  it('a header without rows', () => {
    expect(problemsOf(() => readCsv('p.csv', utf8('name;department\r\n'), spec)))
      .toEqual([{ file: 'p.csv', line: 2, found: 'no rows below the header', expected: 'at least one data row' }])
  })

  it('bytes that are not UTF-8 (a Latin-1 export), on every line where they occur', () => {
    const latin1 = new Uint8Array([...utf8('name;department\nS'), 0xF8, ...utf8('ren;BU\nAnna;SO\nB'), 0xE6, ...utf8('k;TM\n')])
    const problems = problemsOf(() => readCsv('p.csv', latin1, spec))
    expect(problems.map(p => [p.line, p.found])).toEqual([[2, 'bytes 0xF8 (Windows-1252 for ø)'], [4, 'bytes 0xE6 (Windows-1252 for æ)']])
    expect(problems[0]!.expected).toContain('re-save it as UTF-8')
  })

  it('an unclosed quote, at the line where the quote opens', () => {
    const problems = problemsOf(() => readCsv('p.csv', utf8('name;department\nAnna;BU\n"Bo;SO\nKim;TM\n'), spec))
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ line: 3, found: 'Quoted field unterminated' })
    expect(problems[0]!.expected).toContain('closing quote')
  })

  it('a missing required column, naming the Danish alias', () => {
    const problems = problemsOf(() => readCsv('p.csv', utf8('navn;stilling\nAnna;Chef\n'), spec))
    expect(problems).toEqual([{ file: 'p.csv', line: 1, column: 'department', found: 'the header navn, stilling', expected: 'a column "department" (or "afdeling" / "magistratsafdeling")' }])
  })

  it('a column given twice (once in Danish)', () => {
    const problems = problemsOf(() => readCsv('p.csv', utf8('name;navn;department\nA;B;C\n'), spec))
    expect(problems).toEqual([{ file: 'p.csv', line: 1, column: 'name', found: '"navn" twice', expected: 'each column once' }])
  })

  it('every blank required field and every value without a header, all at once, with physical lines', () => {
    const text = 'name;department\n"Multi\nline";\n;SO\nKim;TM;extra\nOk;BU\n'
    const problems = problemsOf(() => readCsv('p.csv', utf8(text), spec))
    expect(problems.map(p => [p.line, p.column, p.found])).toEqual([
      [2, 'department', 'a blank value'],
      [4, 'name', 'a blank value'],
      [5, undefined, 'values without a column header (extra)'],
    ])
  })

  it('error messages read file:line: column "x": found ..., expected ...', () => {
    try {
      readCsv('deltagere.csv', utf8('navn;afdeling\nAnna;\n'), spec)
      throw new Error('expected an InputError')
    }
    catch (error) {
      expect((error as Error).message).toBe('deltagere.csv:2: column "department": found "a blank value", expected a department')
    }
  })
})
