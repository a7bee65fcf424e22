/**
 * Maximum cardinality matching in a general graph (Edmonds' blossom algorithm, O(V³)),
 * grown from a given matching: `match[v]` is v's partner or -1, and is updated in place.
 * A vertex matched on entry stays matched. Roots are tried in `order`, so a shuffled order
 * gives a random maximum matching among the possible ones.
 */
export function growMatching(adjacency: readonly (readonly number[])[], match: Int32Array, order: readonly number[]): void {
  const n = adjacency.length
  const base = new Int32Array(n)
  const parent = new Int32Array(n)
  const used = new Uint8Array(n)
  const inBlossom = new Uint8Array(n)
  const onPath = new Uint8Array(n)
  const queue = new Int32Array(n)
  const at = (array: Int32Array, index: number) => array[index]!

  // Lowest common ancestor of a and b in the alternating tree, on contracted bases.
  function commonAncestor(a: number, b: number): number {
    onPath.fill(0)
    for (;;) {
      a = at(base, a)
      onPath[a] = 1
      if (at(match, a) === -1)
        break
      a = at(parent, at(match, a))
    }
    for (;;) {
      b = at(base, b)
      if (onPath[b])
        return b
      b = at(parent, at(match, b))
    }
  }

  function markPath(v: number, blossomBase: number, child: number): void {
    while (at(base, v) !== blossomBase) {
      inBlossom[at(base, v)] = 1
      inBlossom[at(base, at(match, v))] = 1
      parent[v] = child
      child = at(match, v)
      v = at(parent, at(match, v))
    }
  }

  // Breadth-first search for an augmenting path from root; returns its free end or -1.
  function findPath(root: number): number {
    used.fill(0)
    parent.fill(-1)
    for (let i = 0; i < n; i++) base[i] = i
    used[root] = 1
    let head = 0
    let tail = 0
    queue[tail++] = root
    while (head < tail) {
      const v = at(queue, head++)
      for (const to of adjacency[v]!) {
        if (at(base, v) === at(base, to) || at(match, v) === to)
          continue
        if (to === root || (at(match, to) !== -1 && at(parent, at(match, to)) !== -1)) {
          const blossomBase = commonAncestor(v, to)
          inBlossom.fill(0)
          markPath(v, blossomBase, to)
          markPath(to, blossomBase, v)
          for (let i = 0; i < n; i++) {
            if (inBlossom[at(base, i)]) {
              base[i] = blossomBase
              if (!used[i]) {
                used[i] = 1
                queue[tail++] = i
              }
            }
          }
        }
        else if (at(parent, to) === -1) {
          parent[to] = v
          if (at(match, to) === -1)
            return to
          used[at(match, to)] = 1
          queue[tail++] = at(match, to)
        }
      }
    }
    return -1
  }

  for (const root of order) {
    if (at(match, root) !== -1)
      continue
    let v = findPath(root)
    while (v !== -1) {
      const previous = at(parent, v)
      const next = at(match, previous)
      match[v] = previous
      match[previous] = v
      v = next
    }
  }
}
