import { createRandom, type Random } from '../grouping/random.ts'

export { createRandom, type Random }

/** Uniform in [0, 1) from a seeded Random, as d3-force's `randomSource` and coin flips want it. */
export function randomFloat(random: Random): number {
  return random.int(0, 0xFFFF_FFFF) / 2 ** 32
}
