/**
 * Writes a deck's network survey (members, relations, external CSVs) from its sample profile
 * (data/<deck>/sample.ts): a fictional survey of the deck's participants that the toolkit's
 * own analysis turns into the profile's figures (respondents, ties, a clear core spanning
 * several departments, nobody indispensable, the external means).
 * `npx tsx scripts/generate-network.ts [--deck SLUG]`.
 *
 * The core is whatever lib/network computes, so the script plants one, analyses the ties,
 * and only then writes external answers whose means hit the targets for the computed groups.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { parseParticipantsText } from '../lib/grouping/participants.ts'
import { analyseNetwork } from '../lib/network/analyse.ts'
import { CLEAR_CORE_FIT } from '../lib/network/facts.ts'
import { createRandom, randomFloat, type Random } from '../lib/network/random.ts'
import { roundRatio } from '../lib/network/round.ts'
import type { Member, NetworkAnalysis, Relation } from '../lib/network/types.ts'
import type { Language } from '../lib/i18n/messages.ts'
import type { Sample } from '../lib/schema/sample.ts'
import { writeFileAtomic } from './support/atomic-write.ts'
import { deckDir } from './support/deck-entry.ts'
import { loadDeck, resolveDeckSlug } from './support/deck.ts'
import { loadSample, participantsPath } from './generate-participants.ts'

type Survey = Sample['survey']

/** Planted tie probabilities by (reporter, named) group; the count is then trimmed to the target. */
const P = { coreCore: 0.9, coreToPeriphery: 0.35, peripheryToCore: 0.45, peripheryPeriphery: 0.1 }

export interface NetworkCsvs {
  members: string
  relations: string
  external: string
}

function toCsv(rows: (string | number)[][]): string {
  return rows.map(row => row.map(String).join(',')).join('\n') + '\n'
}

function membersFrom(participantsText: string, survey: Survey, random: Random): { members: Member[], planted: Set<string> } {
  const participants = parseParticipantsText('participants.csv', participantsText)
  const width = String(participants.length).length
  const members = participants.map((p, i) => ({ id: `m${String(i + 1).padStart(width, '0')}`, name: p.name, department: p.department, responded: true }))
  const planted = new Set<string>()
  const departments = [...new Set(members.map(m => m.department))]
  for (const department of departments) {
    for (const m of random.shuffle(members.filter(x => x.department === department)).slice(0, survey.plantedPerDepartment))
      planted.add(m.id)
  }
  for (const m of random.shuffle(members.filter(x => !planted.has(x.id))).slice(0, members.length - survey.respondents))
    m.responded = false
  return { members, planted }
}

/** Ties drawn by block probability, then topped up or thinned at random to exactly `ties`. */
function plantTies(members: Member[], planted: Set<string>, ties: number, random: Random): Relation[] {
  const chosen: Relation[] = []
  const unchosen: Relation[] = []
  for (const from of members.filter(m => m.responded)) {
    for (const to of members) {
      if (from === to)
        continue
      const p = planted.has(from.id)
        ? (planted.has(to.id) ? P.coreCore : P.coreToPeriphery)
        : (planted.has(to.id) ? P.peripheryToCore : P.peripheryPeriphery)
      ;(randomFloat(random) < p ? chosen : unchosen).push({ from: from.id, to: to.id })
    }
  }
  const peripheral = (r: Relation) => !planted.has(r.from) && !planted.has(r.to)
  if (chosen.length > ties) {
    // Thin the periphery first so the core stays clear.
    const drop = new Set(random.shuffle(chosen.filter(peripheral)).slice(0, chosen.length - ties))
    return chosen.filter(r => !drop.has(r))
  }
  return [...chosen, ...random.shuffle(unchosen.filter(r => !peripheral(r))).slice(0, ties - chosen.length)]
}

/**
 * How many answers (count) with what total (sum) give `target` as their rounded mean, using
 * at most `available` respondents. Prefers many answers but leaves a few blanks, as real
 * surveys have, and a mean strictly inside the rounding interval over an exact half.
 */
function answerPlan(target: number, available: number, random: Random): { count: number, sum: number } {
  const preferred = Math.max(1, available - random.int(0, 2))
  const candidates: { count: number, sum: number, strict: boolean }[] = []
  for (let count = preferred; count >= 1; count--) {
    const sum = Math.round(target * count)
    if (sum >= count && sum <= 5 * count && roundRatio(sum, count, 2) === target)
      candidates.push({ count, sum, strict: Math.abs(sum / count - target) < 0.005 - 1e-9 })
  }
  const plan = candidates.find(c => c.strict) ?? candidates[0]
  if (!plan)
    throw new Error(`no ${available} answers from 1 to 5 average ${target}`)
  return plan
}

/** `count` whole numbers 1–5 adding up to `sum`, spread out by random transfers. */
function answersWithSum(count: number, sum: number, random: Random): number[] {
  const base = Math.floor(sum / count)
  const values = Array.from({ length: count }, (_, i) => base + (i < sum - base * count ? 1 : 0))
  for (let k = 0; k < 3 * count; k++) {
    const i = random.int(0, count - 1)
    const j = random.int(0, count - 1)
    if (i !== j && values[i]! < 5 && values[j]! > 1) {
      values[i]!++
      values[j]!--
    }
  }
  return values
}

function externalAnswers(analysis: NetworkAnalysis, targets: Survey['external'], random: Random): string {
  const respondents = analysis.nodes.filter(n => n.responded)
  const answers = new Map(respondents.map(n => [n.id, targets.map(() => '')]))
  for (const group of ['core', 'periphery'] as const) {
    const ids = respondents.filter(n => n.group === group).map(n => n.id)
    targets.forEach((target, column) => {
      const { count, sum } = answerPlan(target[group], ids.length, random)
      const values = answersWithSum(count, sum, random)
      random.shuffle(ids).slice(0, count).forEach((id, k) => {
        answers.get(id)![column] = String(values[k])
      })
    })
  }
  return toCsv([['id', ...targets.map(t => t.partner)], ...respondents.map(n => [n.id, ...answers.get(n.id)!])])
}

/** Whether a drawn network shows what the profile describes; otherwise the next seed is tried. */
function showsProfile(analysis: NetworkAnalysis, survey: Survey): boolean {
  const coreDepartments = new Set(analysis.nodes.filter(n => n.group === 'core').map(n => n.department))
  return analysis.components === 1 && analysis.articulationPoints.length === 0
    && analysis.coreFit >= CLEAR_CORE_FIT && coreDepartments.size >= survey.minCoreDepartments
}

/** The `responded` column in the deck's language (contract §2 reads both). */
const ANSWERED: Record<Language, [yes: string, no: string]> = { da: ['ja', 'nej'], en: ['yes', 'no'] }

export function generateNetworkCsvs(participantsText: string, sample: Sample, language: Language, seed = sample.seed): NetworkCsvs {
  const { survey } = sample
  for (let attempt = 0; attempt < 100; attempt++) {
    const random = createRandom(seed + attempt)
    const { members, planted } = membersFrom(participantsText, survey, random)
    const relations = plantTies(members, planted, survey.ties, random)
    const analysis = analyseNetwork({ members, relations })
    if (!showsProfile(analysis, survey))
      continue
    return {
      members: toCsv([['id', 'name', 'department', 'responded'], ...members.map(m => [m.id, m.name, m.department, ANSWERED[language][m.responded ? 0 : 1]])]),
      relations: toCsv([['from', 'to'], ...relations.map(r => [r.from, r.to])]),
      external: externalAnswers(analysis, survey.external, random),
    }
  }
  throw new Error('no seed in 100 attempts gave a network like the profile\'s')
}

/** Where a deck keeps its survey (its `files.network`). */
export async function networkPaths(slug: string): Promise<NetworkCsvs> {
  const deck = await loadDeck(slug)
  const network = deck.files.network
  if (!network?.external)
    throw new Error(`data/${slug}/index.ts: files.network needs members, relations and external to generate a survey`)
  const path = (file: string) => join(deckDir(slug), file)
  return { members: path(network.members), relations: path(network.relations), external: path(network.external) }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { deck: { type: 'string' } } })
  const slug = resolveDeckSlug(values.deck)
  const { language } = await loadDeck(slug)
  const csvs = generateNetworkCsvs(readFileSync(await participantsPath(slug), 'utf8'), await loadSample(slug), language)
  const paths = await networkPaths(slug)
  for (const name of ['members', 'relations', 'external'] as const)
    await writeFileAtomic(paths[name], csvs[name])
  console.log(`Wrote ${Object.values(paths).join(', ')}`)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  await main()
