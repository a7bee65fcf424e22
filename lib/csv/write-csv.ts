import Papa from 'papaparse'

/** A cell a spreadsheet would run as a formula when it starts with one of these. */
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * A cell as written to a CSV someone may open in Excel: a text starting with = + - @ (or a
 * tab or carriage return) gets a leading apostrophe, so it is shown, never run as a formula.
 */
export function safeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value
}

/** A CSV file (comma, CRLF as Excel writes it, quotes where needed) with formula-safe cells. */
export function writeCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return `${Papa.unparse({ fields: header.map(safeCell), data: rows.map(row => row.map(safeCell)) }, { newline: '\r\n' })}\r\n`
}
