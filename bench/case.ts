/** One benchmark: `run` is timed `repeat` times after one untimed warm-up. */
export interface BenchCase {
  /** Cases with the same group are printed together, side by side. */
  group: string
  name: string
  run: () => unknown
  repeat?: number
  /** A time this case should stay under here, in ms; shown as a pass or miss, never fails the run. */
  targetMs?: number
}
