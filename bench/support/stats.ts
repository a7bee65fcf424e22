/** Nearest-rank percentile (p in 0–100) of a non-empty list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0)
    throw new RangeError('percentile of no values')
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length))
  return sorted[rank - 1]!
}

export const median = (values: readonly number[]): number => percentile(values, 50)

/**
 * The exponent k of time ≈ c · size^k, fitted by least squares on log–log points:
 * 1 is linear, 2 quadratic.
 */
export function scalingExponent(points: readonly { size: number, value: number }[]): number {
  if (points.length < 2)
    throw new RangeError('a scaling exponent needs at least two sizes')
  const xs = points.map(point => Math.log(point.size))
  const ys = points.map(point => Math.log(Math.max(point.value, 1e-6)))
  const meanX = xs.reduce((sum, x) => sum + x, 0) / xs.length
  const meanY = ys.reduce((sum, y) => sum + y, 0) / ys.length
  let covariance = 0
  let variance = 0
  xs.forEach((x, i) => {
    covariance += (x - meanX) * (ys[i]! - meanY)
    variance += (x - meanX) ** 2
  })
  return covariance / variance
}

/** Three significant digits, enough for any row of the table. */
export function round3(value: number): number {
  if (value === 0 || !Number.isFinite(value))
    return value
  const digits = Math.max(0, 2 - Math.floor(Math.log10(Math.abs(value))))
  return Number(value.toFixed(digits))
}

/**
 * Median ms of `run` after one untimed warm-up, repeated until it ran at least `minRuns`
 * times and `minTotalMs` in all (so sub-millisecond sizes are not one noisy sample).
 */
export function timeMedianMs(run: () => unknown, minRuns = 3, minTotalMs = 300): number {
  run()
  const times: number[] = []
  let total = 0
  while (times.length < minRuns || total < minTotalMs) {
    const start = performance.now()
    run()
    const elapsed = performance.now() - start
    times.push(elapsed)
    total += elapsed
  }
  return median(times)
}
