import type { Measurement } from '../case.ts'
import { round3, scalingExponent, timeMedianMs } from './stats.ts'

/**
 * Times `run` on inputs of each size (smallest first) and reports the largest: the note
 * lists every size and the fitted exponent of time ≈ c · size^k.
 */
export function measureScaling<T>(sizes: readonly number[], input: (size: number) => T, run: (input: T) => unknown, what: string): Measurement {
  const points = sizes.map((size) => {
    const prepared = input(size)
    return { size, value: timeMedianMs(() => run(prepared)) }
  })
  const largest = points[points.length - 1]!
  const listed = points.map(point => `${point.size}: ${round3(point.value)} ms`).join(', ')
  return {
    ours: largest.value,
    baseline: null,
    note: `${what}; ${listed}; scaling exponent ${scalingExponent(points).toFixed(2)} (1 = linear)`,
  }
}
