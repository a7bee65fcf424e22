import { forceCollide, forceLink, forceRadial, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force'
import { forceCharge } from './charge.ts'
import { createRandom, randomFloat } from './random.ts'
import type { Group } from './types.ts'

export interface LayoutInput {
  nodes: readonly { group: Group, degree: number }[]
  links: readonly (readonly [number, number])[]
}

export interface LayoutOptions {
  /** The box the layout is scaled into, in SVG units. */
  width: number
  height: number
  /** Smallest and largest node radius; radius grows with the square root of the degree. */
  radius?: [number, number]
  /** Pull the core into an inner ring and the periphery into an outer one. */
  rings?: boolean
  seed?: number
  /** Ticks of the simulation; by default 300, fewer for large networks (see `defaultIterations`). */
  iterations?: number
}

/** Above this many nodes, circles are too small to overlap visibly and collision is skipped. */
const COLLIDE_LIMIT = 500

/**
 * 300 ticks for a forum; a 2,000-member network with 40,000 ties gets 60, which keeps the
 * layout near a second. Depends on the input only, so the result stays deterministic.
 */
export function defaultIterations(nodes: number, links: number): number {
  return Math.max(60, Math.min(300, Math.round(1_200_000 / Math.max(nodes + links, 1))))
}

export interface PlacedNode {
  x: number
  y: number
  r: number
}

interface SimNode extends SimulationNodeDatum {
  r: number
  ring: number
}

/**
 * A force-directed layout computed synchronously: a seeded random source and a fixed number
 * of ticks make it identical on every run, so a PDF export is stable. With `rings`, a radial
 * force keeps the core inside and the periphery outside, so the two groups are visibly apart.
 */
export function layoutNetwork(input: LayoutInput, options: LayoutOptions): PlacedNode[] {
  const { width, height, rings = true, seed = 1 } = options
  const iterations = options.iterations ?? defaultIterations(input.nodes.length, input.links.length)
  const [minR, maxR] = options.radius ?? [6, 18]
  const n = input.nodes.length
  if (n === 0)
    return []
  const maxDegree = Math.max(1, ...input.nodes.map(node => node.degree))
  // Work in a box scaled to the node count so forces behave alike for 20 or 2,000 nodes.
  const spread = 40 * Math.sqrt(n)
  const nodes: SimNode[] = input.nodes.map(node => ({
    r: minR + (maxR - minR) * Math.sqrt(node.degree / maxDegree),
    ring: node.group === 'core' ? 0.35 * spread : 0.9 * spread,
  }))
  const links = input.links.map(([source, target]) => ({ source, target }))
  const random = createRandom(seed)
  const simulation = forceSimulation(nodes)
    .randomSource(() => randomFloat(random))
    // Cool down to alphaMin exactly at the last tick, however many ticks there are.
    .alphaDecay(1 - 0.001 ** (1 / iterations))
    .force('charge', forceCharge<SimNode>().strength(-30).theta(0.9))
    .force('link', forceLink<SimNode, { source: number, target: number }>(links).strength(rings ? 0.02 : 0.3).distance(spread / 6))
    .stop()
  if (n <= COLLIDE_LIMIT)
    simulation.force('collide', forceCollide<SimNode>(node => node.r + 2))
  if (rings)
    simulation.force('rings', forceRadial<SimNode>(node => node.ring).strength(0.3))
  else
    simulation.force('x', forceX(0).strength(0.05)).force('y', forceY(0).strength(0.05))
  simulation.tick(iterations)
  return fitInto(nodes, width, height)
}

/** Scales and centres the positions into width × height, keeping every circle inside. */
function fitInto(nodes: SimNode[], width: number, height: number): PlacedNode[] {
  let minX = Infinity
  let maxX = -Infinity
  let minY = Infinity
  let maxY = -Infinity
  for (const node of nodes) {
    minX = Math.min(minX, node.x!)
    maxX = Math.max(maxX, node.x!)
    minY = Math.min(minY, node.y!)
    maxY = Math.max(maxY, node.y!)
  }
  const margin = Math.max(...nodes.map(node => node.r)) + 2
  const scale = Math.min((width - 2 * margin) / Math.max(maxX - minX, 1), (height - 2 * margin) / Math.max(maxY - minY, 1))
  const offsetX = (width - (maxX - minX) * scale) / 2
  const offsetY = (height - (maxY - minY) * scale) / 2
  const round = (value: number) => Math.round(value * 100) / 100
  return nodes.map(node => ({
    x: round(offsetX + (node.x! - minX) * scale),
    y: round(offsetY + (node.y! - minY) * scale),
    r: round(node.r),
  }))
}
