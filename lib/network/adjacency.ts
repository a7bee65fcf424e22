/**
 * A simple undirected graph over the indices 0..n−1, as plain arrays: the core–periphery
 * search and Tarjan's walk run on this rather than on graphology objects, which keeps
 * their inner loops free of string keys.
 */
export interface Adjacency {
  readonly n: number
  /** Sorted, without self-loops or repeats; j ∈ neighbours[i] ⇔ i ∈ neighbours[j]. */
  readonly neighbours: readonly (readonly number[])[]
}

/** Builds an adjacency from index pairs; direction, repeats and self-pairs are dropped. */
export function adjacencyFromPairs(n: number, pairs: Iterable<readonly [number, number]>): Adjacency {
  const sets = Array.from({ length: n }, () => new Set<number>())
  for (const [a, b] of pairs) {
    if (a === b)
      continue
    if (a < 0 || b < 0 || a >= n || b >= n)
      throw new RangeError(`pair (${a}, ${b}) outside 0..${n - 1}`)
    sets[a]!.add(b)
    sets[b]!.add(a)
  }
  return { n, neighbours: sets.map(set => [...set].sort((x, y) => x - y)) }
}

export function edgeCount(graph: Adjacency): number {
  let twice = 0
  for (const list of graph.neighbours)
    twice += list.length
  return twice / 2
}
