import { uniformInt } from 'pure-rand/distribution/uniformInt'
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus'

export interface Random {
  /** A whole number in [min, max]. */
  int: (min: number, max: number) => number
  /** A shuffled copy (Fisher–Yates). */
  shuffle: <T>(items: readonly T[]) => T[]
}

/** A seeded generator: the same seed always gives the same sequence, in Node and in the browser. */
export function createRandom(seed: number): Random {
  // xoroshiro128plus takes a 32-bit seed; fold the high bits of larger safe integers into it.
  const rng = xoroshiro128plus((seed % 2 ** 32) ^ Math.floor(seed / 2 ** 32))
  const int = (min: number, max: number) => uniformInt(rng, min, max)
  return {
    int,
    shuffle: (items) => {
      const copy = [...items]
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(0, i)
        ;[copy[i], copy[j]] = [copy[j]!, copy[i]!]
      }
      return copy
    },
  }
}
