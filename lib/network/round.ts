/**
 * Rounds a ratio of whole numbers to `decimals` places, half up (17/8 → 2.13). Scaling the
 * numerator before dividing keeps exact halves exact, so no 2.124999… surprises.
 */
export function roundRatio(numerator: number, denominator: number, decimals: number): number {
  const scale = 10 ** decimals
  return Math.round(numerator * scale / denominator) / scale
}
