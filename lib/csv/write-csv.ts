import Papa from 'papaparse'

/**
 * A cell a spreadsheet would run as a formula: it starts with `=`, `+`, `-` or `@` (or a tab
 * or line break before one). Papaparse's own `escapeFormulae: true` pattern ends in `.*$`
 * without the `s` flag, so it misses a formula followed by a line break ("=1+1\nx").
 */
const FORMULA_START = /^[=+\-@\t\r\n]/

/**
 * CSV text that Excel and our reader (contract §2) both open: UTF-8 with a BOM, `,`, CRLF.
 * A cell that would start a formula gets a leading `'`, the spreadsheet convention for
 * "this is text", so a participant named "=HYPERLINK(…)" cannot run anything.
 */
export function writeCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  const text = Papa.unparse({ fields: [...header], data: rows.map(row => row.map(cell => cell ?? '')) }, {
    delimiter: ',',
    newline: '\r\n',
    escapeFormulae: FORMULA_START,
  })
  return `\uFEFF${text}\r\n`
}
