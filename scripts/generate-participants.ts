/**
 * Writes data/faelles-om-ledelse/participants.csv: forty fictional leaders across Aarhus
 * Kommune's six magistratsafdelinger. Names are random combinations of common Danish
 * first and last names, seeded so the file is reproducible (`npx tsx scripts/generate-participants.ts`).
 */
import { fileURLToPath, pathToFileURL } from 'node:url'
import { createRandom } from '../lib/grouping/random.ts'
import { writeFileAtomic } from './support/atomic-write.ts'

export const PARTICIPANTS_SEED = 2019
export const PARTICIPANTS_PATH = fileURLToPath(new URL('../data/faelles-om-ledelse/participants.csv', import.meta.url))

export const DEPARTMENTS = [
  'Borgmesterens Afdeling',
  'Børn og Unge',
  'Kultur og Borgerservice',
  'Sociale Forhold og Beskæftigelse',
  'Sundhed og Omsorg',
  'Teknik og Miljø',
] as const

const FIRST_NAMES = [
  'Anders', 'Anne', 'Birgitte', 'Bo', 'Christian', 'Dorthe', 'Erik', 'Flemming', 'Gitte',
  'Hanne', 'Henrik', 'Ida', 'Jakob', 'Jens', 'Jette', 'Karen', 'Kasper', 'Kirsten', 'Lars',
  'Lene', 'Line', 'Lone', 'Mads', 'Maria', 'Mette', 'Michael', 'Morten', 'Niels', 'Pernille',
  'Peter', 'Rasmus', 'Rikke', 'Søren', 'Signe', 'Steen', 'Susanne', 'Thomas', 'Tove', 'Ulla',
  'Vibeke', 'Åse', 'Ole', 'Merete', 'Torben', 'Helle', 'Jørgen', 'Bente',
]
const LAST_NAMES = [
  'Andersen', 'Bach', 'Christensen', 'Dahl', 'Eriksen', 'Frandsen', 'Gregersen', 'Hansen', 'Holm', 'Iversen',
  'Jensen', 'Jørgensen', 'Kjær', 'Klausen', 'Larsen', 'Lund', 'Madsen', 'Møller', 'Nielsen', 'Nørgaard',
  'Olesen', 'Pedersen', 'Poulsen', 'Rasmussen', 'Skov', 'Sørensen', 'Thomsen', 'Vestergaard', 'Østergaard', 'Ebbesen',
]
const CHIEF_TITLES = ['Afdelingschef', 'Kontorchef', 'Centerchef', 'Økonomichef', 'HR-chef', 'Udviklingschef', 'Områdechef', 'Stabschef']
/** How many of the forty come from each department, in DEPARTMENTS order. */
const DEPARTMENT_SIZES = [6, 8, 6, 7, 7, 6]

/** "Søren Østergaard" → "soeren.oestergaard@eksempel.dk" (an obviously fictional domain). */
function email(name: string): string {
  const ascii = name.toLowerCase().replaceAll('æ', 'ae').replaceAll('ø', 'oe').replaceAll('å', 'aa').replaceAll(' ', '.')
  return `${ascii}@eksempel.dk`
}

export function generateParticipantsCsv(seed = PARTICIPANTS_SEED): string {
  const random = createRandom(seed)
  const total = DEPARTMENT_SIZES.reduce((sum, size) => sum + size, 0)
  // Unique first names keep the slides readable when space only allows first names.
  const firstNames = random.shuffle(FIRST_NAMES).slice(0, total)
  const rows: string[][] = []
  let next = 0
  DEPARTMENTS.forEach((department, index) => {
    const titles = random.shuffle(CHIEF_TITLES)
    for (let k = 0; k < DEPARTMENT_SIZES[index]!; k++) {
      const name = `${firstNames[next++]!} ${LAST_NAMES[random.int(0, LAST_NAMES.length - 1)]!}`
      const position = k === 0 ? 'Direktør' : titles[(k - 1) % titles.length]!
      rows.push([name, department, position, email(name)])
    }
  })
  rows.sort((a, b) => a[0]!.localeCompare(b[0]!, 'da'))
  return [['name', 'department', 'position', 'email'], ...rows].map(row => row.join(',')).join('\n') + '\n'
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await writeFileAtomic(PARTICIPANTS_PATH, generateParticipantsCsv())
  process.stdout.write(`wrote ${PARTICIPANTS_PATH}\n`)
}
