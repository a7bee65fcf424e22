import type { Force, SimulationNodeDatum } from 'd3-force'

/**
 * d3's `forceManyBody` (Barnes–Hut, constant strength, no distance limit) with the same
 * arithmetic in the same order, so a layout is identical to the last bit, but without the
 * object d3-quadtree's `visit` allocates for every quad it looks at: on 2,000 members that is
 * about 20 million short-lived objects per layout, and collecting them took about as long
 * as the forces themselves. The tree is built as d3-quadtree builds it (extent, insertion
 * order, coincident points chained newest first), and each node visits it depth first in
 * d3's child order; `charge.test.ts` checks the positions against d3's own force.
 */

interface Leaf {
  leaf: true
  data: SimulationNodeDatum
  /** Coincident points, newest first. */
  next: Leaf | undefined
  x: number
  y: number
  value: number
}

interface Branch {
  leaf: false
  /** Quadrants: 0 top-left, 1 top-right, 2 bottom-left, 3 bottom-right (d3's order). */
  children: (Quad | undefined)[]
  x: number
  y: number
  value: number
}

type Quad = Leaf | Branch

interface Tree {
  root: Quad | undefined
  x0: number
  y0: number
  x1: number
  y1: number
}

const branch = (): Branch => ({ leaf: false, children: [undefined, undefined, undefined, undefined], x: 0, y: 0, value: 0 })

/** d3-quadtree's `add`: descend to the point's leaf, chain a coincident point, or split until they part. */
function add(tree: Tree, x: number, y: number, data: SimulationNodeDatum): void {
  const leaf: Leaf = { leaf: true, data, next: undefined, x: 0, y: 0, value: 0 }
  let node = tree.root
  if (!node) {
    tree.root = leaf
    return
  }
  let { x0, y0, x1, y1 } = tree
  let parent: Branch | undefined
  let i = 0
  let xm: number
  let ym: number
  while (!node.leaf) {
    const right = x >= (xm = (x0 + x1) / 2)
    if (right)
      x0 = xm
    else x1 = xm
    const bottom = y >= (ym = (y0 + y1) / 2)
    if (bottom)
      y0 = ym
    else y1 = ym
    parent = node
    i = (+bottom << 1) | +right
    const child: Quad | undefined = node.children[i]
    if (!child) {
      node.children[i] = leaf
      return
    }
    node = child
  }
  const xp = node.data.x!
  const yp = node.data.y!
  if (x === xp && y === yp) {
    leaf.next = node
    if (parent)
      parent.children[i] = leaf
    else tree.root = leaf
    return
  }
  let j: number
  do {
    const split = branch()
    if (parent)
      parent.children[i] = split
    else tree.root = split
    parent = split
    const right = x >= (xm = (x0 + x1) / 2)
    if (right)
      x0 = xm
    else x1 = xm
    const bottom = y >= (ym = (y0 + y1) / 2)
    if (bottom)
      y0 = ym
    else y1 = ym
    i = (+bottom << 1) | +right
    j = (+(yp >= ym) << 1) | +(xp >= xm)
  } while (i === j)
  parent.children[j] = node
  parent.children[i] = leaf
}

/** d3-quadtree's `quadtree(nodes, d => d.x, d => d.y)`: an integer extent doubled to cover every point. */
function buildTree(nodes: readonly SimulationNodeDatum[]): Tree {
  let x0 = Infinity
  let y0 = x0
  let x1 = -x0
  let y1 = x1
  for (const node of nodes) {
    const x = node.x!
    const y = node.y!
    if (x < x0)
      x0 = x
    if (x > x1)
      x1 = x
    if (y < y0)
      y0 = y
    if (y > y1)
      y1 = y
  }
  const tree: Tree = { root: undefined, x0: Math.floor(x0), y0: Math.floor(y0), x1: Math.floor(x0) + 1, y1: Math.floor(y0) + 1 }
  let z = tree.x1 - tree.x0 || 1
  while (tree.x0 > x1 || x1 >= tree.x1 || tree.y0 > y1 || y1 >= tree.y1) {
    const i = (+(y1 < tree.y0) << 1) | +(x1 < tree.x0)
    z *= 2
    switch (i) {
      case 0: tree.x1 = tree.x0 + z, tree.y1 = tree.y0 + z; break
      case 1: tree.x0 = tree.x1 - z, tree.y1 = tree.y0 + z; break
      case 2: tree.x1 = tree.x0 + z, tree.y0 = tree.y1 - z; break
      case 3: tree.x0 = tree.x1 - z, tree.y0 = tree.y1 - z; break
    }
  }
  for (const node of nodes)
    add(tree, node.x!, node.y!, node)
  return tree
}

/** d3's `accumulate`, children first: each quad's total strength and its centre of strength. */
function accumulate(quad: Quad, strength: number): void {
  let total = 0
  if (quad.leaf) {
    let q: Leaf | undefined = quad
    quad.x = quad.data.x!
    quad.y = quad.data.y!
    do total += strength
    while ((q = q.next))
  }
  else {
    let weight = 0
    let x = 0
    let y = 0
    for (const child of quad.children) {
      if (!child)
        continue
      accumulate(child, strength)
      const c = Math.abs(child.value)
      if (c) {
        total += child.value
        weight += c
        x += c * child.x
        y += c * child.y
      }
    }
    quad.x = x / weight
    quad.y = y / weight
  }
  quad.value = total
}

export interface ChargeForce<N extends SimulationNodeDatum> extends Force<N, undefined> {
  strength: (value: number) => ChargeForce<N>
  theta: (value: number) => ChargeForce<N>
}

/** A drop-in for `forceManyBody<N>().strength(s).theta(t)` (default distance limits). */
export function forceCharge<N extends SimulationNodeDatum>(): ChargeForce<N> {
  let nodes: N[] = []
  let random: () => number = Math.random
  let strength = -30
  let theta2 = 0.81
  const distanceMin2 = 1
  // Explicit stacks for the depth-first walk, reused across nodes and ticks.
  const stack: Quad[] = []
  let bounds = new Float64Array(4 * 64)
  const jiggle = () => (random() - 0.5) * 1e-6

  function push(depth: number, quad: Quad, x0: number, y0: number, x1: number, y1: number): void {
    if (4 * depth >= bounds.length) {
      const grown = new Float64Array(bounds.length * 2)
      grown.set(bounds)
      bounds = grown
    }
    stack[depth] = quad
    bounds[4 * depth] = x0
    bounds[4 * depth + 1] = y0
    bounds[4 * depth + 2] = x1
    bounds[4 * depth + 3] = y1
  }

  const force = ((alpha: number) => {
    const tree = buildTree(nodes)
    if (!tree.root)
      return
    accumulate(tree.root, strength)
    for (const node of nodes) {
      let top = 0
      push(top++, tree.root, tree.x0, tree.y0, tree.x1, tree.y1)
      while (top > 0) {
        top--
        const quad = stack[top]!
        const x0 = bounds[4 * top]!
        const y0 = bounds[4 * top + 1]!
        const x1 = bounds[4 * top + 2]!
        const y1 = bounds[4 * top + 3]!
        if (!quad.value)
          continue
        let x = quad.x - node.x!
        let y = quad.y - node.y!
        let w = x1 - x0
        let l = x * x + y * y
        if (w * w / theta2 < l) {
          // Far enough: the quad acts as one body (no distance maximum, as d3's default).
          if (x === 0)
            x = jiggle(), l += x * x
          if (y === 0)
            y = jiggle(), l += y * y
          if (l < distanceMin2)
            l = Math.sqrt(distanceMin2 * l)
          node.vx! += x * quad.value * alpha / l
          node.vy! += y * quad.value * alpha / l
          continue
        }
        if (!quad.leaf) {
          const xm = (x0 + x1) / 2
          const ym = (y0 + y1) / 2
          const [c0, c1, c2, c3] = quad.children
          if (c3)
            push(top++, c3, xm, ym, x1, y1)
          if (c2)
            push(top++, c2, x0, ym, xm, y1)
          if (c1)
            push(top++, c1, xm, y0, x1, ym)
          if (c0)
            push(top++, c0, x0, y0, xm, ym)
          continue
        }
        if (quad.data !== node || quad.next) {
          if (x === 0)
            x = jiggle(), l += x * x
          if (y === 0)
            y = jiggle(), l += y * y
          if (l < distanceMin2)
            l = Math.sqrt(distanceMin2 * l)
        }
        let q: Leaf | undefined = quad
        do {
          if (q.data !== node) {
            w = strength * alpha / l
            node.vx! += x * w
            node.vy! += y * w
          }
        } while ((q = q.next))
      }
    }
  }) as ChargeForce<N>

  force.initialize = (initial: N[], source: () => number) => {
    nodes = initial
    random = source
  }
  force.strength = (value: number) => {
    strength = value
    return force
  }
  force.theta = (value: number) => {
    theta2 = value * value
    return force
  }
  return force
}
