import { forceLink, forceManyBody, forceSimulation, type SimulationNodeDatum } from 'd3-force'
import { describe, expect, it } from 'vitest'
import { forceCharge } from './charge.ts'
import { createRandom, randomFloat } from './random.ts'
import { plantedCorePeriphery } from './synthetic.ts'

/** Runs `ticks` of a seeded simulation with d3's many-body force or ours; returns every node's state. */
function simulate(charge: 'd3' | 'ours', start: { x?: number, y?: number }[], links: [number, number][], theta: number, ticks: number) {
  const nodes: SimulationNodeDatum[] = start.map(node => ({ ...node }))
  const random = createRandom(7)
  const force = charge === 'd3' ? forceManyBody<SimulationNodeDatum>().strength(-30).theta(theta) : forceCharge<SimulationNodeDatum>().strength(-30).theta(theta)
  forceSimulation(nodes)
    .randomSource(() => randomFloat(random))
    .force('charge', force)
    .force('link', forceLink(links.map(([source, target]) => ({ source, target }))).distance(40))
    .stop()
    .tick(ticks)
  return nodes.map(({ x, y, vx, vy }) => [x, y, vx, vy])
}

describe('forceCharge', () => {
  it('moves every node exactly as d3\'s forceManyBody does', () => {
    for (const [n, seed] of [[40, 3], [200, 4]] as const) {
      const { pairs } = plantedCorePeriphery({ n, coreSize: Math.round(n / 4), pCore: 0.7, pCross: 0.2, pPeriphery: 0.03, seed })
      const start = Array.from({ length: n }, () => ({}))
      for (const theta of [0.9, 0.5])
        expect(simulate('ours', start, pairs, theta, 60), `n ${n}, theta ${theta}`).toEqual(simulate('d3', start, pairs, theta, 60))
    }
  })

  it('treats coincident points as d3 does (chained in one leaf, pushed apart by the same random jiggle)', () => {
    // Three nodes on one spot, two on another, one alone: the leaf chains and the jiggle path.
    const start = [{ x: 5, y: 5 }, { x: 5, y: 5 }, { x: 5, y: 5 }, { x: -3, y: 8 }, { x: -3, y: 8 }, { x: 40, y: -20 }]
    const ours = simulate('ours', start, [[0, 5]], 0.9, 30)
    expect(ours).toEqual(simulate('d3', start, [[0, 5]], 0.9, 30))
    // They did move apart: the test would not pass on nodes that never interact.
    expect(new Set(ours.map(([x, y]) => `${x},${y}`)).size).toBe(6)
  })
})
