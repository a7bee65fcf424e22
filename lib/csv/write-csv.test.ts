import { describe, expect, it } from 'vitest'
import { readCsv } from './read-csv.ts'
import { safeCell, writeCsv } from './write-csv.ts'

describe('writeCsv', () => {
  it('quotes delimiters, quotes and newlines, and reads back through the shared reader', () => {
    const text = writeCsv(['id', 'name'], [['m1', 'Hansen, "Bo"'], ['m2', 'Linje\nto']])
    const table = readCsv('x.csv', new TextEncoder().encode(text), { columns: [{ name: 'id', required: true }, { name: 'name', required: true }] })
    expect(table.rows.map(row => row.values)).toEqual([{ id: 'm1', name: 'Hansen, "Bo"' }, { id: 'm2', name: 'Linje\nto' }])
  })

  it('never lets a cell start a formula', () => {
    expect(['=1+1', '+45 1234', '-2', '@SUM(A1)', '\tx', 'Anna'].map(safeCell)).toEqual(["'=1+1", "'+45 1234", "'-2", "'@SUM(A1)", "'\tx", 'Anna'])
    expect(writeCsv(['name'], [['=HYPERLINK("x")']])).toBe('name\r\n"\'=HYPERLINK(""x"")"\r\n')
  })
})
