import { describe, expect, it } from 'vitest'
import { readCsv } from './read-csv.ts'
import { writeCsv } from './write-csv.ts'

const utf8 = (text: string) => new TextEncoder().encode(text)

describe('writeCsv', () => {
  it('writes UTF-8 with a BOM, commas and CRLF, quoting what needs it', () => {
    expect(writeCsv(['id', 'name'], [['m1', 'Hansen, Bo'], ['m2', 'Lise "LL" Lotte']]))
      .toBe('\uFEFFid,name\r\nm1,"Hansen, Bo"\r\nm2,"Lise ""LL"" Lotte"\r\n')
  })

  it('escapes every cell that a spreadsheet would run as a formula', () => {
    const cells = ['=HYPERLINK("http://example.invalid","klik")', '+45 1234', '-2+3', '@SUM(A1)', '\t=1+1', '\r=1+1', '=1+1\nmore']
    const text = writeCsv(['name'], cells.map(cell => [cell]))
    const read = readCsv('out.csv', utf8(text), { columns: [{ name: 'name', required: true }] })
    // Each comes back as text behind a leading apostrophe (white space inside a cell is one space).
    expect(read.rows.map(row => row.values.name)).toEqual([
      '\'=HYPERLINK("http://example.invalid","klik")',
      '\'+45 1234',
      '\'-2+3',
      '\'@SUM(A1)',
      '\' =1+1',
      '\' =1+1',
      '\'=1+1 more',
    ])
  })

  it('leaves ordinary text and numbers alone, and reads back as written', () => {
    const rows = [['m1', 'Åse Lund', 'Børn og Unge', 3], ['m2', 'Bo = Berg', 'Teknik og Miljø', null]] as const
    const text = writeCsv(['id', 'name', 'department', 'strength'], rows)
    expect(text).toContain('m2,Bo = Berg,Teknik og Miljø,\r\n')
    const read = readCsv('out.csv', utf8(text), { columns: ['id', 'name', 'department', 'strength'].map(name => ({ name, required: false })) })
    expect(read.rows.map(row => Object.values(row.values))).toEqual([['m1', 'Åse Lund', 'Børn og Unge', '3'], ['m2', 'Bo = Berg', 'Teknik og Miljø', '']])
  })
})
