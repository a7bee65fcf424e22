import { describe, expect, it } from 'vitest'
import { adjacencyFromPairs } from './adjacency.ts'
import { connectivity } from './articulation.ts'
import type { Adjacency } from './adjacency.ts'

const articulationPoints = (graph: Adjacency) => connectivity(graph).articulationPoints

describe('articulationPoints', () => {
  it('finds none in a cycle', () => {
    // 0–1–2–3–4–0: removing any one node leaves a path, still connected.
    expect(articulationPoints(adjacencyFromPairs(5, [[0, 1], [1, 2], [2, 3], [3, 4], [4, 0]]))).toEqual([])
  })

  it('finds the inner nodes of a path and the hub of a star', () => {
    // Path 0–1–2–3: removing 1 or 2 splits it; the ends do not.
    expect(articulationPoints(adjacencyFromPairs(4, [[0, 1], [1, 2], [2, 3]]))).toEqual([1, 2])
    // Star with hub 3 (the root of the search is 0, a leaf, so the non-root rule is exercised).
    expect(articulationPoints(adjacencyFromPairs(4, [[3, 0], [3, 1], [3, 2]]))).toEqual([3])
  })

  it('finds the node joining two triangles, in each of several components', () => {
    // Triangles {0,1,2} and {2,3,4} share node 2 (a bow tie); {5,6} is a separate edge; 7 alone.
    // Only 2 disconnects its component; an edge's ends and an isolated node are not cut vertices.
    const graph = adjacencyFromPairs(8, [[0, 1], [1, 2], [2, 0], [2, 3], [3, 4], [4, 2], [5, 6]])
    expect(articulationPoints(graph)).toEqual([2])
    expect(connectivity(graph).components).toBe(3)
  })

  it('handles a long chain without overflowing the stack', () => {
    const n = 100_000
    const pairs = Array.from({ length: n - 1 }, (_, i) => [i, i + 1] as [number, number])
    expect(articulationPoints(adjacencyFromPairs(n, pairs))).toHaveLength(n - 2)
  })
})
