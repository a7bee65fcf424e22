export interface RankingMove {
  item: string
  /** 0-based rank in the first ranking. */
  from: number
  /** 0-based rank in the second ranking. */
  to: number
  /** Places gained in the second ranking (positive = higher up). */
  gain: number
}

/** How each item of the first ranking moves in the second; items missing from the second are dropped. */
export function rankingMoves(first: readonly string[], second: readonly string[]): RankingMove[] {
  const position = new Map(second.map((item, index) => [item, index]))
  return first.flatMap((item, from) => {
    const to = position.get(item)
    return to === undefined ? [] : [{ item, from, to, gain: from - to }]
  })
}
