import Papa from 'papaparse'
import { cleanText } from './clean-text.ts'
import { ProblemCollector } from './problems.ts'

/** Danish header names accepted for the canonical English ones (contract §2). */
export const HEADER_ALIASES: Readonly<Record<string, string>> = {
  navn: 'name',
  afdeling: 'department',
  magistratsafdeling: 'department',
  stilling: 'position',
  besvaret: 'responded',
  fra: 'from',
  til: 'to',
}

export interface CsvColumn {
  /** Canonical (English, lower-case) column name. */
  name: string
  required: boolean
}

export interface CsvSpec {
  columns: CsvColumn[]
  /** Columns the spec does not name: kept in `extra` ('allow', the default) or reported ('reject'). */
  extraColumns?: 'allow' | 'reject'
  /**
   * Row-level checks (unique ids, ranges, references) run before anything is thrown, so
   * their problems are reported together with the file's other problems. Blank values
   * have already been reported; checks should skip them.
   */
  check?: (rows: CsvRow[], problems: ProblemCollector) => void
}

export interface CsvRow {
  /** Physical 1-based line where the record starts, counting newlines inside quoted fields. */
  line: number
  /** Every spec column, trimmed; '' when blank or when an optional column is absent. */
  values: Record<string, string>
  /** Columns outside the spec, keyed by their header text as written, trimmed values. */
  extra: Record<string, string>
}

export interface CsvTable {
  file: string
  /** Header as read: canonical names for spec columns, the written text for the others. */
  header: string[]
  rows: CsvRow[]
}

/** Lower-cased, trimmed header text mapped through the Danish aliases. */
export function canonicalHeader(text: string): string {
  const key = text.trim().toLowerCase()
  return HEADER_ALIASES[key] ?? key
}

const RESAVE_AS_UTF8 = 're-save it as UTF-8 (Excel: Save As, "CSV UTF-8 (comma delimited)"; Notepad: Save As, Encoding "UTF-8")'

/**
 * UTF-16 (Excel's "Unicode text", Notepad's "Unicode"): a byte-order mark, or text whose
 * every other byte is NUL.
 */
function isUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xFF && bytes[1] === 0xFE) || (bytes[0] === 0xFE && bytes[1] === 0xFF)))
    return true
  const sample = bytes.subarray(0, 4096)
  let evenNul = 0
  let oddNul = 0
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0)
      i % 2 === 0 ? evenNul++ : oddNul++
  }
  return Math.max(evenNul, oddNul) > sample.length / 4
}

/** Calls `visit` with each physical line's bytes and 1-based number; CRLF, LF and CR-only all end a line. */
function forEachByteLine(bytes: Uint8Array, visit: (line: Uint8Array, number: number) => void): void {
  let start = 0
  let number = 1
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0A && bytes[i] !== 0x0D)
      continue
    visit(bytes.subarray(start, i), number)
    if (bytes[i] === 0x0D && bytes[i + 1] === 0x0A)
      i++
    start = i + 1
    number++
  }
}

const windows1252 = new TextDecoder('windows-1252')

/**
 * Decodes UTF-8 (a BOM is dropped). An .xlsx or a UTF-16 file is one problem naming it;
 * NUL bytes and bytes that are not UTF-8 are reported on every line where they occur, the
 * latter shown as the Windows-1252 letters they would be (the usual Danish Excel export).
 */
function decodeUtf8(bytes: Uint8Array, problems: ProblemCollector): string | undefined {
  // "PK\x03\x04": a zip archive, which is what an .xlsx workbook is.
  if (bytes[0] === 0x50 && bytes[1] === 0x4B && bytes[2] === 0x03 && bytes[3] === 0x04) {
    problems.add({ line: 1, found: 'an Excel workbook (.xlsx) or another zip file', expected: 'a CSV file: in Excel, Save As "CSV UTF-8 (comma delimited)"' })
    return undefined
  }
  if (isUtf16(bytes)) {
    problems.add({ line: 1, found: 'UTF-16 text (Excel\'s "Unicode text")', expected: `UTF-8 text: ${RESAVE_AS_UTF8}` })
    return undefined
  }
  // 0x0A and 0x0D never occur inside a multi-byte UTF-8 sequence, so lines can be checked one by one.
  const lineDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
  let text: string | undefined
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  }
  catch {
    forEachByteLine(bytes, (line, number) => {
      try {
        lineDecoder.decode(line)
      }
      catch {
        const bad = [...line].filter(byte => byte >= 0x80).slice(0, 4)
        const letters = windows1252.decode(Uint8Array.from(bad))
        problems.add({
          line: number,
          found: `bytes ${bad.map(byte => `0x${byte.toString(16).toUpperCase()}`).join(' ')} (Windows-1252 for ${letters})`,
          expected: `UTF-8 text: the file looks like Windows-1252 (ANSI); ${RESAVE_AS_UTF8}`,
        })
      }
    })
  }
  if (bytes.includes(0)) {
    forEachByteLine(bytes, (line, number) => {
      if (line.includes(0))
        problems.add({ line: number, found: 'a NUL byte', expected: 'CSV text (is this a spreadsheet or binary file rather than CSV?)' })
    })
    return undefined
  }
  return text
}

/** `;` when the header row holds more semicolons than commas (Danish Excel), else `,`. */
function detectDelimiter(text: string): ',' | ';' {
  let commas = 0
  let semicolons = 0
  let quoted = false
  for (const char of text) {
    if (char === '"')
      quoted = !quoted
    else if (!quoted && (char === '\n' || char === '\r'))
      break
    else if (!quoted && char === ',')
      commas++
    else if (!quoted && char === ';')
      semicolons++
  }
  return semicolons > commas ? ';' : ','
}

/** Offsets where each physical line starts; CRLF, LF and CR-only (old Mac Excel) all end a line. */
function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n')
      i++
    if (text[i] === '\n' || text[i] === '\r')
      starts.push(i + 1)
  }
  return starts
}

/** 1-based line of a character offset, by binary search over the line starts. */
function lineAt(starts: number[], offset: number): number {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (starts[middle]! <= offset)
      low = middle
    else
      high = middle - 1
  }
  return low + 1
}

const describeQuoteError: Record<string, string> = {
  MissingQuotes: 'a closing quote " for the field opened here',
  InvalidQuotes: 'a delimiter or line end right after a closing quote "',
}

interface RawRecord {
  line: number
  fields: string[]
  /** Broken quoting: its fields are not what the user meant, so they are not checked further. */
  malformed: boolean
}

/** Splits text into records with their physical start line; reports malformed quoting. */
function splitRecords(text: string, delimiter: string, problems: ProblemCollector): RawRecord[] {
  const starts = lineStarts(text)
  const records: RawRecord[] = []
  let previousCursor = 0
  Papa.parse<string[]>(text, {
    delimiter,
    step: (result) => {
      for (const error of result.errors) {
        const offset = error.index ?? previousCursor
        problems.add({
          line: lineAt(starts, offset),
          found: error.message,
          expected: describeQuoteError[error.code] ?? 'well-formed CSV',
        })
      }
      records.push({ line: lineAt(starts, previousCursor), fields: result.data, malformed: result.errors.length > 0 })
      previousCursor = result.meta.cursor
    },
  })
  return records
}

function isBlank(fields: string[]): boolean {
  return fields.every(field => field.trim() === '')
}

/**
 * Reads a CSV file by contract §2: UTF-8 with or without BOM, `,` or `;`, CRLF or LF,
 * quoted fields, a required header with case-insensitive names and Danish aliases.
 * Collects every problem in the file, then throws them as one InputError.
 */
export function readCsv(file: string, bytes: Uint8Array, spec: CsvSpec): CsvTable {
  const problems = new ProblemCollector(file)
  const text = decodeUtf8(bytes, problems)
  if (text === undefined)
    throw problems.error()
  const records = text.trim() === '' ? [] : splitRecords(text, detectDelimiter(text), problems).filter(record => !isBlank(record.fields))
  const [headerRecord, ...dataRecords] = records
  if (!headerRecord) {
    problems.add({ line: 1, found: 'an empty file', expected: `a header row with the columns ${requiredList(spec)}` })
    throw problems.error()
  }

  const known = new Set(spec.columns.map(column => column.name))
  const headerText = headerRecord.fields.map(field => cleanText(field).text)
  const header = headerText.map(text => known.has(canonicalHeader(text)) ? canonicalHeader(text) : text)
  const seen = new Map<string, number>()
  header.forEach((name, index) => {
    const key = name.toLowerCase()
    // Excel often writes empty trailing header cells; they only matter when a row fills them (below).
    if (name === '')
      return
    if (seen.has(key))
      problems.add({ line: headerRecord.line, column: name, found: `"${headerText[index]}" twice`, expected: 'each column once' })
    else
      seen.set(key, index)
    if (!known.has(name) && spec.extraColumns === 'reject')
      problems.add({ line: headerRecord.line, column: name, found: `an unknown column "${name}"`, expected: `only the columns ${spec.columns.map(c => c.name).join(', ')}` })
  })
  const otherDelimiter = headerRecord.fields.length === 1 ? OTHER_DELIMITERS.find(({ char }) => headerRecord.fields[0]!.includes(char)) : undefined
  for (const column of spec.columns) {
    if (column.required && !seen.has(column.name)) {
      const delimiterHint = otherDelimiter ? `; columns separated by "," or ";", not by ${otherDelimiter.name}` : ''
      problems.add({ line: headerRecord.line, column: column.name, found: `the header ${describeHeader(headerText)}`, expected: `a column "${column.name}"${aliasHint(column.name)}${delimiterHint}` })
    }
  }

  if (dataRecords.length === 0)
    problems.add({ line: headerRecord.line + 1, found: 'no rows below the header', expected: 'at least one data row' })

  const rows: CsvRow[] = []
  for (const record of dataRecords.filter(candidate => !candidate.malformed)) {
    const values: Record<string, string> = {}
    const extra: Record<string, string> = {}
    const invisible: Record<string, string[]> = {}
    header.forEach((name, index) => {
      const { text, removed } = cleanText(record.fields[index] ?? '')
      if (known.has(name)) {
        values[name] = text
        if (text === '' && removed.length > 0)
          invisible[name] = removed
      }
      else if (name !== '') {
        extra[name] = text
      }
    })
    for (const column of spec.columns) {
      values[column.name] ??= ''
      if (!column.required || !seen.has(column.name) || values[column.name] !== '')
        continue
      const removed = invisible[column.name]
      const found = removed ? `only invisible characters (${[...new Set(removed)].join(' ')})` : 'a blank value'
      problems.add({ line: record.line, column: column.name, found, expected: `a ${column.name}` })
    }
    const headless = record.fields.map(field => cleanText(field).text).filter((text, index) => (header[index] ?? '') === '' && text !== '')
    if (headless.length > 0)
      problems.add({ line: record.line, found: `values without a column header (${headless.join(', ')})`, expected: 'one value per named header column' })
    rows.push({ line: record.line, values, extra })
  }

  spec.check?.(rows, problems)
  problems.throwIfAny()
  return { file, header, rows }
}

/** Delimiters people export by mistake; the file then reads as one column. */
const OTHER_DELIMITERS = [{ char: '\t', name: 'tabs' }, { char: '|', name: '"|"' }]

/** A header for a message: a 10,000-column header must not become a 10,000-name line. */
function describeHeader(names: string[]): string {
  const shown = names.slice(0, 8).join(', ')
  return names.length > 8 ? `${shown}, … (${names.length} columns)` : shown
}

function requiredList(spec: CsvSpec): string {
  return spec.columns.filter(column => column.required).map(column => column.name).join(', ')
}

function aliasHint(name: string): string {
  const aliases = Object.entries(HEADER_ALIASES).filter(([, canonical]) => canonical === name).map(([alias]) => `"${alias}"`)
  return aliases.length === 0 ? '' : ` (or ${aliases.join(' / ')})`
}
