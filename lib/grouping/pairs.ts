import { growMatching } from './matching.ts'
import type { Participant } from './participants.ts'
import { createRandom, type Random } from './random.ts'

export interface Visit {
  host: string
  guest: string
  /** One of the deck's two visit months (`deck.visits.months`). */
  month: string
}

export interface PairsResult {
  seed: number
  /** Pairs, plus one trio when the count is odd. The first member hosts in the first month. */
  circles: { members: string[] }[]
  visits: Visit[]
  /** Circle indices that meet together for the follow-up: two by two, one group of three when odd. */
  followUp: number[][]
}

export interface PairsOptions {
  seed: number
  /** The first and the second visit month, in the deck's words. */
  months: readonly [string, string]
  /** Existing ties between participants, by name, either direction. Names of non-participants are ignored. */
  ties?: Iterable<readonly [string, string]>
}

/** How many trio candidates are tried, at most, before settling for the best seen. */
const TRIO_TRIALS = 200
const TRIO_CANDIDATES = 5_000

/**
 * Job-visit circles (contract §3). Every participant hosts once and visits once, within a
 * circle. A pair [A, B]: A hosts B in the first month, B hosts A in the second. A trio
 * [A, B, C] rotates: A hosts B in the first month, B hosts C and C hosts A in the second.
 *
 * Circles join people from different departments whenever the department sizes allow it
 * (the fewest possible same-department visits), and, among those pairings, avoid existing
 * ties: if any such pairing is free of ties, the result is.
 */
export function drawPairs(participants: readonly Participant[], options: PairsOptions): PairsResult {
  const n = participants.length
  if (n < 2)
    throw new RangeError('job-visit pairs need at least two participants')
  const random = createRandom(options.seed)
  const engine = new PairingEngine(participants, options.ties ?? [], random)
  const everyone = random.shuffle(participants.map((_, index) => index))
  let circles: number[][]
  if (n % 2 === 0) {
    circles = engine.pairUp(everyone).pairs
  }
  else {
    const { trio, pairs } = engine.withTrio(everyone)
    circles = [random.shuffle(trio), ...pairs]
  }
  const named = random.shuffle(circles.map(circle => circle.length === 2 && random.int(0, 1) === 1 ? [circle[1]!, circle[0]!] : circle))
    .map(circle => circle.map(index => participants[index]!.name))
  return {
    seed: options.seed,
    circles: named.map(members => ({ members })),
    visits: named.flatMap(members => visitsOf(members, options.months)),
    followUp: followUpGroups(named.length),
  }
}

function visitsOf(members: string[], [first, second]: readonly [string, string]): Visit[] {
  const [a, b, c] = members as [string, string, string?]
  if (c === undefined)
    return [{ host: a, guest: b, month: first }, { host: b, guest: a, month: second }]
  return [{ host: a, guest: b, month: first }, { host: b, guest: c, month: second }, { host: c, guest: a, month: second }]
}

/** [[0,1],[2,3],…], the last group of three when the count is odd; a single circle meets alone. */
export function followUpGroups(circleCount: number): number[][] {
  const groups: number[][] = []
  for (let start = 0; start < circleCount; start += 2) {
    if (circleCount - start === 3) {
      groups.push([start, start + 1, start + 2])
      break
    }
    groups.push(start + 1 < circleCount ? [start, start + 1] : [start])
  }
  return groups
}

/** Same-department visits within one trio, by how many of its three departments coincide. */
function trioSameDepartmentVisits(departments: readonly string[]): number {
  const distinct = new Set(departments).size
  return distinct === 3 ? 0 : distinct === 2 ? 1 : 3
}

class PairingEngine {
  private readonly department: string[]
  private readonly ties = new Set<number>()
  /** A random but fixed order of departments, to break ties between equal sizes. */
  private readonly departmentRank = new Map<string, number>()

  constructor(participants: readonly Participant[], ties: Iterable<readonly [string, string]>, private readonly random: Random) {
    this.department = participants.map(p => p.department)
    const indexOf = new Map(participants.map((p, index) => [p.name, index]))
    for (const [from, to] of ties) {
      const a = indexOf.get(from)
      const b = indexOf.get(to)
      if (a !== undefined && b !== undefined && a !== b)
        this.ties.add(this.key(a, b))
    }
    random.shuffle([...new Set(this.department)]).forEach((department, rank) => this.departmentRank.set(department, rank))
  }

  private key(a: number, b: number): number {
    return a < b ? a * this.department.length + b : b * this.department.length + a
  }

  hasTie(a: number, b: number): boolean {
    return this.ties.has(this.key(a, b))
  }

  /** Departments of `people`, largest first, equal sizes in the fixed random order. */
  private departmentsBySize(people: readonly number[]): { department: string, members: number[] }[] {
    const byDepartment = new Map<string, number[]>()
    for (const person of people) {
      const department = this.department[person]!
      const members = byDepartment.get(department)
      if (members)
        members.push(person)
      else
        byDepartment.set(department, [person])
    }
    return [...byDepartment].map(([department, members]) => ({ department, members }))
      .sort((a, b) => b.members.length - a.members.length || this.departmentRank.get(a.department)! - this.departmentRank.get(b.department)!)
  }

  /**
   * Perfect matching of an even set with the fewest same-department pairs, tie-free if any
   * such matching is. When one department D holds more than half, those matchings are
   * exactly the perfect matchings in which every pair contains someone from D; otherwise
   * they are the all-cross-department ones. Blossom matching is exact on that graph.
   */
  pairUp(people: readonly number[]): { pairs: number[][], ties: number } {
    const m = people.length
    const departments = this.departmentsBySize(people)
    const largest = departments[0]
    const dominant = largest !== undefined && largest.members.length > m / 2 ? largest.department : undefined
    const allowed = (a: number, b: number) => dominant === undefined
      ? this.department[a] !== this.department[b]
      : this.department[a] === dominant || this.department[b] === dominant
    const local = new Map(people.map((person, index) => [person, index]))
    const match = new Int32Array(m).fill(-1)
    // Largest department first, person i with person i + m/2: one such optimal matching.
    const sequence = departments.flatMap(d => d.members)
    for (let i = 0; i < m / 2; i++) {
      const a = sequence[i]!
      const b = sequence[i + m / 2]!
      if (!this.hasTie(a, b)) {
        match[local.get(a)!] = local.get(b)!
        match[local.get(b)!] = local.get(a)!
      }
    }
    for (const avoidTies of [true, false]) {
      if (!match.includes(-1))
        break
      const order = this.random.shuffle(people.map((_, index) => index))
      const adjacency = people.map(() => [] as number[])
      for (const u of order) {
        for (const v of order) {
          if (u < v && allowed(people[u]!, people[v]!) && !(avoidTies && this.hasTie(people[u]!, people[v]!))) {
            adjacency[u]!.push(v)
            adjacency[v]!.push(u)
          }
        }
      }
      growMatching(adjacency, match, order)
    }
    const pairs: number[][] = []
    let ties = 0
    match.forEach((partner, index) => {
      if (partner < index)
        return
      pairs.push([people[index]!, people[partner]!])
      if (this.hasTie(people[index]!, people[partner]!))
        ties++
    })
    if (pairs.length * 2 !== m)
      throw new Error('pairing engine: no perfect matching found (a bug)')
    return { pairs, ties }
  }

  /**
   * An odd set: one trio plus pairs. The trio's departments are chosen to minimise the
   * same-department visits of the whole (sometimes a same-department trio spares two
   * same-department pairs); among such trios, the first one letting everything be tie-free wins.
   */
  withTrio(people: readonly number[]): { trio: number[], pairs: number[][] } {
    const candidates: { trio: number[], ties: number }[] = []
    for (const trio of this.trioCandidates(people)) {
      candidates.push({ trio, ties: Number(this.hasTie(trio[0]!, trio[1]!)) + Number(this.hasTie(trio[1]!, trio[2]!)) + Number(this.hasTie(trio[0]!, trio[2]!)) })
      if (candidates.length >= TRIO_CANDIDATES)
        break
    }
    candidates.sort((a, b) => a.ties - b.ties)
    let best: { trio: number[], pairs: number[][], ties: number } | undefined
    for (const candidate of candidates.slice(0, TRIO_TRIALS)) {
      const taken = new Set(candidate.trio)
      const rest = this.pairUp(people.filter(person => !taken.has(person)))
      const ties = candidate.ties + rest.ties
      if (!best || ties < best.ties)
        best = { trio: candidate.trio, pairs: rest.pairs, ties }
      if (ties === 0)
        break
    }
    return best!
  }

  /** Trios of the cheapest department patterns, interleaved so every pattern gets a share of the candidates. */
  private *trioCandidates(people: readonly number[]): Generator<number[]> {
    const departments = this.departmentsBySize(people)
    const half = (people.length - 3) / 2
    const patterns: { picks: number[], cost: number }[] = []
    for (let i = 0; i < departments.length; i++) {
      for (let j = i; j < departments.length; j++) {
        for (let k = j; k < departments.length; k++) {
          const picks = [i, j, k]
          const taken = departments.map((_, d) => picks.filter(p => p === d).length)
          if (taken.some((count, d) => count > departments[d]!.members.length))
            continue
          const largestLeft = Math.max(...departments.map((d, index) => d.members.length - taken[index]!))
          const cost = trioSameDepartmentVisits(picks.map(p => departments[p]!.department)) + 2 * Math.max(0, largestLeft - half)
          patterns.push({ picks, cost })
        }
      }
    }
    const cheapest = Math.min(...patterns.map(p => p.cost))
    const streams = patterns.filter(p => p.cost === cheapest).map(({ picks }) => {
      const counts = departments.map((d, index) => ({ members: d.members, count: picks.filter(p => p === index).length })).filter(d => d.count > 0)
      return product(counts.map(d => () => combinations(d.members, d.count)))
    })
    while (streams.length > 0) {
      for (let index = 0; index < streams.length; index++) {
        const next = streams[index]!.next()
        if (next.done)
          streams.splice(index--, 1)
        else
          yield next.value
      }
    }
  }
}

function* combinations(items: readonly number[], k: number, start = 0): Generator<number[]> {
  if (k === 0) {
    yield []
    return
  }
  for (let i = start; i <= items.length - k; i++) {
    for (const rest of combinations(items, k - 1, i + 1))
      yield [items[i]!, ...rest]
  }
}

function* product(factors: readonly (() => Generator<number[]>)[]): Generator<number[]> {
  const [first, ...rest] = factors
  if (!first) {
    yield []
    return
  }
  for (const head of first()) {
    for (const tail of product(rest))
      yield [...head, ...tail]
  }
}
