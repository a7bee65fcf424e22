import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64'
import { uniformInt } from 'pure-rand/distribution/uniformInt'
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus'

/** A seeded source of random numbers: same seed, same sequence, on every machine. */
export interface Random {
  /** Uniform in [0, 1), as d3-force's `randomSource` wants it. */
  float: () => number
  /** Uniform integer in [from, to], both included. */
  int: (from: number, to: number) => number
}

export function seededRandom(seed: number): Random {
  const rng = xoroshiro128plus(seed)
  return {
    float: () => uniformFloat64(rng),
    int: (from, to) => uniformInt(rng, from, to),
  }
}

/** Fisher–Yates shuffle into a new array. */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.int(0, i)
    const swap = out[i] as T
    out[i] = out[j] as T
    out[j] = swap
  }
  return out
}
