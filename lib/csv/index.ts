export { readCsv, canonicalHeader, HEADER_ALIASES, type CsvColumn, type CsvRow, type CsvSpec, type CsvTable } from './read-csv.ts'
export { ProblemCollector, reportDuplicates } from './problems.ts'
export { cleanText, type CleanText } from './clean-text.ts'
export { writeCsv } from './write-csv.ts'
