import { readCsv, reportDuplicates, type ProblemCollector } from '../csv/index.ts'
import type { ExternalAnswers, Member, NetworkData, Relation } from './types.ts'

const RESPONDED: Readonly<Record<string, boolean>> = {
  ja: true, yes: true, true: true, 1: true,
  nej: false, no: false, false: false, 0: false,
}

/** members.csv (contract §2): id, name, department, responded; ids unique. */
export function parseMembersCsv(file: string, bytes: Uint8Array): Member[] {
  const table = readCsv(file, bytes, {
    columns: ['id', 'name', 'department', 'responded'].map(name => ({ name, required: true })),
    check: (rows, problems) => {
      reportDuplicates(rows, 'id', problems)
      for (const { line, values } of rows) {
        const word = values.responded!
        if (word !== '' && !(word.toLowerCase() in RESPONDED))
          problems.add({ line, column: 'responded', found: word, expected: 'ja/nej, yes/no, true/false or 1/0' })
      }
    },
  })
  return table.rows.map(({ values }) => ({
    id: values.id!,
    name: values.name!,
    department: values.department!,
    responded: RESPONDED[values.responded!.toLowerCase()]!,
  }))
}

/** Reports `text` unless it is a whole number from 1 to 5 (strength, external answers). */
function checkScore(text: string, line: number, column: string, problems: ProblemCollector): void {
  if (!/^[1-5]$/.test(text))
    problems.add({ line, column, found: text, expected: 'a whole number from 1 to 5' })
}

/**
 * relations.csv (contract §2): from, to, optional strength 1–5. Each row is a tie respondent
 * `from` reported to member `to`; ids must be members', a tie to oneself or from someone who
 * did not answer the survey is an error.
 */
export function parseRelationsCsv(file: string, bytes: Uint8Array, members: readonly Member[]): Relation[] {
  const byId = new Map(members.map(member => [member.id, member]))
  const table = readCsv(file, bytes, {
    columns: [{ name: 'from', required: true }, { name: 'to', required: true }, { name: 'strength', required: false }],
    check: (rows, problems) => {
      for (const { line, values } of rows) {
        for (const column of ['from', 'to'] as const) {
          const id = values[column]!
          if (id !== '' && !byId.has(id))
            problems.add({ line, column, found: id, expected: 'the id of a member in the members file' })
        }
        const from = byId.get(values.from!)
        if (from && !from.responded)
          problems.add({ line, column: 'from', found: `${from.id}, who did not answer the survey (responded = no)`, expected: 'a respondent: only respondents report ties' })
        if (values.from !== '' && values.from === values.to)
          problems.add({ line, column: 'to', found: `${values.to} (the same as from)`, expected: 'another member: a tie to oneself is not a relation' })
        if (values.strength !== '')
          checkScore(values.strength!, line, 'strength', problems)
      }
    },
  })
  return table.rows.map(({ values }) => ({
    from: values.from!,
    to: values.to!,
    ...(values.strength === '' ? {} : { strength: Number(values.strength) }),
  }))
}

/**
 * external.csv (contract §2): an `id` column and one column per external partner type, each
 * answer 1–5 or blank. The id column is found by name, so its place does not matter.
 */
export function parseExternalCsv(file: string, bytes: Uint8Array, members: readonly Member[]): ExternalAnswers {
  const ids = new Set(members.map(member => member.id))
  const table = readCsv(file, bytes, {
    columns: [{ name: 'id', required: true }],
    check: (rows, problems) => {
      reportDuplicates(rows, 'id', problems)
      const first = rows[0]
      if (first && Object.keys(first.extra).length === 0)
        problems.add({ line: 1, found: 'no column besides id', expected: 'one column per external partner type, e.g. "Andre kommuner"' })
      for (const { line, values, extra } of rows) {
        if (values.id !== '' && !ids.has(values.id!))
          problems.add({ line, column: 'id', found: values.id, expected: 'the id of a member in the members file' })
        for (const [column, text] of Object.entries(extra)) {
          if (text !== '')
            checkScore(text, line, column, problems)
        }
      }
    },
  })
  const partners = table.header.filter(name => name !== 'id' && name !== '')
  return {
    partners,
    rows: table.rows.map(({ values, extra }) => ({
      id: values.id!,
      values: partners.map(partner => (extra[partner] ? Number(extra[partner]) : null)),
    })),
  }
}

export interface NetworkFiles {
  members: { file: string, bytes: Uint8Array }
  relations: { file: string, bytes: Uint8Array }
  external?: { file: string, bytes: Uint8Array }
}

/** Reads a survey export. Relations and external answers are checked against the members file. */
export function parseNetworkFiles(files: NetworkFiles): NetworkData {
  const members = parseMembersCsv(files.members.file, files.members.bytes)
  return {
    members,
    relations: parseRelationsCsv(files.relations.file, files.relations.bytes, members),
    external: files.external ? parseExternalCsv(files.external.file, files.external.bytes, members) : null,
  }
}

/** The survey's ties as pairs of member names: what `drawPairs` avoids joining. */
export function namedTies(members: readonly Member[], relations: readonly Relation[]): [string, string][] {
  const nameOf = new Map(members.map(member => [member.id, member.name]))
  return relations.map(({ from, to }): [string, string] => [nameOf.get(from)!, nameOf.get(to)!])
}
