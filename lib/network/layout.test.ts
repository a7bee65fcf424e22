import { describe, expect, it } from 'vitest'
import { analyseNetwork } from './analyse.ts'
import { diagramModel } from './diagram.ts'
import { layoutNetwork } from './layout.ts'
import { adjacencyFromPairs } from './adjacency.ts'
import { brokerNetwork, plantedCorePeriphery } from './synthetic.ts'
import type { Group } from './types.ts'

function planted(n: number, seed: number) {
  const { pairs, core } = plantedCorePeriphery({ n, coreSize: Math.round(n / 3), pCore: 0.8, pCross: 0.3, pPeriphery: 0.05, seed })
  const adjacency = adjacencyFromPairs(n, pairs)
  const nodes = adjacency.neighbours.map((list, i) => ({ group: (core.includes(i) ? 'core' : 'periphery') as Group, degree: list.length }))
  return { nodes, links: pairs }
}

describe('layoutNetwork', () => {
  const input = planted(40, 3)

  it('gives the same positions on every run', () => {
    expect(layoutNetwork(input, { width: 600, height: 600, seed: 5 })).toEqual(layoutNetwork(input, { width: 600, height: 600, seed: 5 }))
  })

  it('keeps every circle inside the box', () => {
    for (const { x, y, r } of layoutNetwork(input, { width: 800, height: 500 })) {
      expect(x - r).toBeGreaterThanOrEqual(0)
      expect(y - r).toBeGreaterThanOrEqual(0)
      expect(x + r).toBeLessThanOrEqual(800)
      expect(y + r).toBeLessThanOrEqual(500)
    }
  })

  it('places the core nearer the centre than any periphery member', () => {
    const placed = layoutNetwork(input, { width: 600, height: 600 })
    const cx = placed.reduce((s, p) => s + p.x, 0) / placed.length
    const cy = placed.reduce((s, p) => s + p.y, 0) / placed.length
    const distance = (i: number) => Math.hypot(placed[i]!.x - cx, placed[i]!.y - cy)
    const core = input.nodes.flatMap((node, i) => (node.group === 'core' ? [distance(i)] : []))
    const periphery = input.nodes.flatMap((node, i) => (node.group === 'periphery' ? [distance(i)] : []))
    expect(Math.max(...core)).toBeLessThan(Math.min(...periphery))
  })

  it('sizes nodes by degree', () => {
    const placed = layoutNetwork(input, { width: 600, height: 600, radius: [5, 20] })
    const byDegree = input.nodes.map((node, i) => [node.degree, placed[i]!.r] as const).sort((a, b) => a[0] - b[0])
    expect(byDegree.every(([, r], k) => k === 0 || r >= byDegree[k - 1]![1])).toBe(true)
    expect(Math.max(...placed.map(p => p.r))).toBe(20)
  })
})

describe('diagramModel', () => {
  it('colours by department in legend order and draws every tie', () => {
    const analysis = analyseNetwork(brokerNetwork())
    const model = diagramModel(analysis, { width: 500, height: 400, rings: false })
    expect(model.categories).toEqual(['Broker', 'Group 1', 'Group 2', 'Group 3'])
    expect(model.links).toHaveLength(analysis.links.length)
    expect(model.nodes.filter(node => node.articulation).map(node => node.name)).toEqual(['Broker'])
  })
})
