import type { Adjacency } from './adjacency.ts'

export interface Connectivity {
  /** Cut vertices, ascending: removing one disconnects its component. */
  articulationPoints: number[]
  /** Connected components (an isolated node is one). */
  components: number
}

/**
 * Articulation points (cut vertices) by Tarjan's depth-first search, iterative so a long
 * chain cannot overflow the call stack; graphology-metrics has no such function. The same
 * walk counts the components, which saves building a graphology graph for
 * graphology-components (`npm run bench` compares the two).
 */
export function connectivity(graph: Adjacency): Connectivity {
  const { n, neighbours } = graph
  const discovery = new Int32Array(n).fill(-1)
  const low = new Int32Array(n)
  const parent = new Int32Array(n).fill(-1)
  const nextEdge = new Int32Array(n)
  const isCut = new Uint8Array(n)
  let time = 0
  const stack: number[] = []
  let components = 0
  for (let root = 0; root < n; root++) {
    if (discovery[root] !== -1)
      continue
    components++
    let rootChildren = 0
    discovery[root] = low[root] = time++
    stack.push(root)
    while (stack.length > 0) {
      const v = stack[stack.length - 1]!
      const list = neighbours[v]!
      if (nextEdge[v]! < list.length) {
        const w = list[nextEdge[v]!]!
        nextEdge[v] = nextEdge[v]! + 1
        if (discovery[w] === -1) {
          parent[w] = v
          discovery[w] = low[w] = time++
          if (v === root)
            rootChildren++
          stack.push(w)
        }
        else if (w !== parent[v]) {
          low[v] = Math.min(low[v]!, discovery[w]!)
        }
        continue
      }
      stack.pop()
      const p = parent[v]!
      if (p >= 0) {
        low[p] = Math.min(low[p]!, low[v]!)
        if (p !== root && low[v]! >= discovery[p]!)
          isCut[p] = 1
      }
    }
    if (rootChildren > 1)
      isCut[root] = 1
  }
  const points: number[] = []
  for (let v = 0; v < n; v++) {
    if (isCut[v])
      points.push(v)
  }
  return { articulationPoints: points, components }
}
