export { readCsv, canonicalHeader, HEADER_ALIASES, type CsvColumn, type CsvRow, type CsvSpec, type CsvTable } from './read-csv.ts'
export { ProblemCollector, reportDuplicates } from './problems.ts'
