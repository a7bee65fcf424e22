import { readCsv, reportDuplicates } from '../csv/index.ts'

export interface Participant {
  name: string
  department: string
  position?: string
  email?: string
}

/** Reads participants.csv (contract §2): name and department required, position and email optional, unique names. */
export function parseParticipantsCsv(file: string, bytes: Uint8Array): Participant[] {
  const table = readCsv(file, bytes, {
    columns: [
      { name: 'name', required: true },
      { name: 'department', required: true },
      { name: 'position', required: false },
      { name: 'email', required: false },
    ],
    check: (rows, problems) => reportDuplicates(rows, 'name', problems),
  })
  return table.rows.map(({ values }) => ({
    name: values.name!,
    department: values.department!,
    ...(values.position ? { position: values.position } : {}),
    ...(values.email ? { email: values.email } : {}),
  }))
}

/** The same, for CSV text already decoded. */
export function parseParticipantsText(file: string, text: string): Participant[] {
  return parseParticipantsCsv(file, new TextEncoder().encode(text))
}
