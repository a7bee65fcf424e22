/**
 * Writes data/faelles-om-ledelse/network/{members,relations,external}.csv: a fictional survey
 * of Strategisk Ledelsesforum that the toolkit's own analysis turns into the seed's figures —
 * 40 members, 37 respondents, 611 of 1,443 possible ties, a clear core spanning several
 * magistratsafdelinger, no articulation point, and the seed's table of external relations.
 * Members are the forty of participants.csv. Run `npx tsx scripts/generate-network.ts`.
 *
 * The core is whatever lib/network computes, so the script plants one, analyses the ties,
 * and only then writes external answers whose means hit the targets for the computed groups.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseParticipantsText } from '../lib/grouping/participants.ts'
import { analyseNetwork } from '../lib/network/analyse.ts'
import { CLEAR_CORE_FIT } from '../lib/network/facts.ts'
import { createRandom, randomFloat, type Random } from '../lib/network/random.ts'
import { roundRatio } from '../lib/network/round.ts'
import type { Member, NetworkAnalysis, Relation } from '../lib/network/types.ts'
import { writeFileAtomic } from './support/atomic-write.ts'

export const NETWORK_SEED = 2019
const DATA = new URL('../data/faelles-om-ledelse/', import.meta.url)
export const PARTICIPANTS_FILE = fileURLToPath(new URL('participants.csv', DATA))
export const NETWORK_DIR = fileURLToPath(new URL('network/', DATA))

/** The seed's figures (faelles-om-ledelse-seminar-2019-02-22.txt, "Hvad kendetegner …"). */
const RESPONDENTS = 37
const TIES = 611
const MIN_CORE_DEPARTMENTS = 4
export const EXTERNAL_TARGETS: { partner: string, core: number, periphery: number }[] = [
  { partner: 'Andre kommuner', core: 2.86, periphery: 2.13 },
  { partner: 'Regioner', core: 2.88, periphery: 2.10 },
  { partner: 'Ministerier og styrelser', core: 2.10, periphery: 2.36 },
  { partner: 'Virksomheder/erhvervsliv', core: 2.00, periphery: 2.36 },
  { partner: 'Interesseorganisationer', core: 3.00, periphery: 2.57 },
  { partner: 'Uddannelsesinstitutioner', core: 2.33, periphery: 2.13 },
  { partner: 'Borgere', core: 2.20, periphery: 1.89 },
]

/** Planted tie probabilities by (reporter, named) group; the expected count is near 611. */
const P = { coreCore: 0.9, coreToPeriphery: 0.35, peripheryToCore: 0.45, peripheryPeriphery: 0.1 }
/**
 * 42 % density needs a large core: with 2 per department, ties enough for 611 made the
 * symmetrised core–periphery dyads nearly as dense as the core, and the computed core grew
 * well past the planted one with a fit near 0.55. Three per department gives a fit above 0.8.
 */
const PLANTED_PER_DEPARTMENT = 3

export interface NetworkCsvs {
  members: string
  relations: string
  external: string
}

function toCsv(rows: (string | number)[][]): string {
  return rows.map(row => row.map(String).join(',')).join('\n') + '\n'
}

function membersFrom(participantsText: string, random: Random): { members: Member[], planted: Set<string> } {
  const participants = parseParticipantsText('participants.csv', participantsText)
  const width = String(participants.length).length
  const members = participants.map((p, i) => ({ id: `m${String(i + 1).padStart(width, '0')}`, name: p.name, department: p.department, responded: true }))
  const planted = new Set<string>()
  const departments = [...new Set(members.map(m => m.department))]
  for (const department of departments) {
    for (const m of random.shuffle(members.filter(x => x.department === department)).slice(0, PLANTED_PER_DEPARTMENT))
      planted.add(m.id)
  }
  for (const m of random.shuffle(members.filter(x => !planted.has(x.id))).slice(0, members.length - RESPONDENTS))
    m.responded = false
  return { members, planted }
}

/** Ties drawn by block probability, then topped up or thinned at random to exactly TIES. */
function plantTies(members: Member[], planted: Set<string>, random: Random): Relation[] {
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
  if (chosen.length > TIES) {
    // Thin the periphery first so the core stays clear.
    const drop = new Set(random.shuffle(chosen.filter(peripheral)).slice(0, chosen.length - TIES))
    return chosen.filter(r => !drop.has(r))
  }
  return [...chosen, ...random.shuffle(unchosen.filter(r => !peripheral(r))).slice(0, TIES - chosen.length)]
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

function externalAnswers(analysis: NetworkAnalysis, random: Random): string {
  const respondents = analysis.nodes.filter(n => n.responded)
  const answers = new Map(respondents.map(n => [n.id, EXTERNAL_TARGETS.map(() => '')]))
  for (const group of ['core', 'periphery'] as const) {
    const ids = respondents.filter(n => n.group === group).map(n => n.id)
    EXTERNAL_TARGETS.forEach((target, column) => {
      const { count, sum } = answerPlan(target[group], ids.length, random)
      const values = answersWithSum(count, sum, random)
      random.shuffle(ids).slice(0, count).forEach((id, k) => {
        answers.get(id)![column] = String(values[k])
      })
    })
  }
  return toCsv([['id', ...EXTERNAL_TARGETS.map(t => t.partner)], ...respondents.map(n => [n.id, ...answers.get(n.id)!])])
}

/** Whether a drawn network shows what the seed describes; otherwise the next seed is tried. */
function showsSeed(analysis: NetworkAnalysis): boolean {
  const coreDepartments = new Set(analysis.nodes.filter(n => n.group === 'core').map(n => n.department))
  return analysis.components === 1 && analysis.articulationPoints.length === 0
    && analysis.coreFit >= CLEAR_CORE_FIT && coreDepartments.size >= MIN_CORE_DEPARTMENTS
}

export function generateNetworkCsvs(participantsText: string, seed = NETWORK_SEED): NetworkCsvs {
  for (let attempt = 0; attempt < 100; attempt++) {
    const random = createRandom(seed + attempt)
    const { members, planted } = membersFrom(participantsText, random)
    const relations = plantTies(members, planted, random)
    const analysis = analyseNetwork({ members, relations })
    if (!showsSeed(analysis))
      continue
    return {
      members: toCsv([['id', 'name', 'department', 'responded'], ...members.map(m => [m.id, m.name, m.department, m.responded ? 'ja' : 'nej'])]),
      relations: toCsv([['from', 'to'], ...relations.map(r => [r.from, r.to])]),
      external: externalAnswers(analysis, random),
    }
  }
  throw new Error('no seed in 100 attempts gave a network like the seed\'s')
}

async function main(): Promise<void> {
  const csvs = generateNetworkCsvs(readFileSync(PARTICIPANTS_FILE, 'utf8'))
  for (const [name, text] of Object.entries(csvs))
    await writeFileAtomic(`${NETWORK_DIR}${name}.csv`, text)
  console.log(`Wrote ${Object.keys(csvs).map(name => `${name}.csv`).join(', ')} to ${NETWORK_DIR}`)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  await main()
