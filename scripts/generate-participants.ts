/**
 * Writes a deck's participants.csv from its sample profile (data/<deck>/sample.ts): fictional
 * people, random combinations of the profile's first and last names, seeded so the file is
 * reproducible. `npx tsx scripts/generate-participants.ts [--deck SLUG]`.
 */
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { createRandom } from '../lib/grouping/random.ts'
import { SampleSchema, type Sample } from '../lib/schema/sample.ts'
import { writeFileAtomic } from './support/atomic-write.ts'
import { deckDir } from './support/deck-entry.ts'
import { loadDeck, resolveDeckSlug } from './support/deck.ts'

/** "Søren Østergaard" → "soeren.oestergaard@<domain>" (the profile's obviously fictional domain). */
function email(name: string, domain: string): string {
  const ascii = name.toLowerCase().replaceAll('æ', 'ae').replaceAll('ø', 'oe').replaceAll('å', 'aa').replaceAll(' ', '.')
  return `${ascii}@${domain}`
}

export function generateParticipantsCsv(sample: Sample, seed = sample.seed): string {
  const random = createRandom(seed)
  const total = sample.departments.reduce((sum, department) => sum + department.size, 0)
  // Unique first names keep the slides readable when space only allows first names.
  const firstNames = random.shuffle(sample.firstNames).slice(0, total)
  const rows: string[][] = []
  let next = 0
  for (const department of sample.departments) {
    const titles = random.shuffle(sample.titles)
    for (let k = 0; k < department.size; k++) {
      const name = `${firstNames[next++]!} ${sample.lastNames[random.int(0, sample.lastNames.length - 1)]!}`
      const position = k === 0 ? sample.leadTitle : titles[(k - 1) % titles.length]!
      rows.push([name, department.name, position, email(name, sample.emailDomain)])
    }
  }
  rows.sort((a, b) => a[0]!.localeCompare(b[0]!, 'da'))
  return [['name', 'department', 'position', 'email'], ...rows].map(row => row.join(',')).join('\n') + '\n'
}

/** A deck's sample profile, `data/<slug>/sample.ts`. */
export async function loadSample(slug: string): Promise<Sample> {
  const module = await import(pathToFileURL(join(deckDir(slug), 'sample.ts')).href) as { sample: unknown }
  return SampleSchema.parse(module.sample)
}

/** Where a deck keeps its participants (its `files.participants`). */
export async function participantsPath(slug: string): Promise<string> {
  const deck = await loadDeck(slug)
  return join(deckDir(slug), deck.files.participants ?? 'participants.csv')
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { deck: { type: 'string' } } })
  const slug = resolveDeckSlug(values.deck)
  const path = await participantsPath(slug)
  await writeFileAtomic(path, generateParticipantsCsv(await loadSample(slug)))
  process.stdout.write(`wrote ${path}\n`)
}
