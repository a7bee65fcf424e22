import { layoutNetwork, type LayoutOptions } from './layout.ts'
import type { Group, NetworkAnalysis } from './types.ts'

export interface DiagramNode {
  id: string
  name: string
  department: string
  /** Index into DiagramModel.categories (the legend), for the node's colour. */
  category: number
  group: Group
  articulation: boolean
  degree: number
  x: number
  y: number
  r: number
}

export interface DiagramLink {
  x1: number
  y1: number
  x2: number
  y2: number
  /** Both ends in the core: drawn a little stronger. */
  withinCore: boolean
}

export interface DiagramModel {
  width: number
  height: number
  nodes: DiagramNode[]
  links: DiagramLink[]
  /** Departments (or groups) in legend order. */
  categories: string[]
  /** Laid out with the core in an inner ring. */
  rings: boolean
  /** A circle between the core and the periphery, when the rings separate them cleanly. */
  boundary: { cx: number, cy: number, r: number } | null
}

/** Everything an SVG needs to draw the analysed network: positions, sizes, colours by category. */
export function diagramModel(analysis: Pick<NetworkAnalysis, 'nodes' | 'links'>, options: LayoutOptions): DiagramModel {
  const placed = layoutNetwork(analysis, options)
  const categories = [...new Set(analysis.nodes.map(node => node.department))].sort((a, b) => a.localeCompare(b, 'da'))
  const nodes = analysis.nodes.map((node, i) => ({
    id: node.id,
    name: node.name,
    department: node.department,
    category: categories.indexOf(node.department),
    group: node.group,
    articulation: node.articulation,
    degree: node.degree,
    ...placed[i]!,
  }))
  const links = analysis.links.map(([i, j]) => ({
    x1: nodes[i]!.x,
    y1: nodes[i]!.y,
    x2: nodes[j]!.x,
    y2: nodes[j]!.y,
    withinCore: nodes[i]!.group === 'core' && nodes[j]!.group === 'core',
  }))
  const rings = options.rings ?? true
  return { width: options.width, height: options.height, nodes, links, categories, rings, boundary: rings ? ringBoundary(nodes) : null }
}

/** Halfway between the outermost core member and the innermost periphery member, seen from the core's centre. */
function ringBoundary(nodes: DiagramNode[]): DiagramModel['boundary'] {
  const core = nodes.filter(node => node.group === 'core')
  const periphery = nodes.filter(node => node.group === 'periphery')
  if (core.length === 0 || periphery.length === 0)
    return null
  const cx = core.reduce((sum, node) => sum + node.x, 0) / core.length
  const cy = core.reduce((sum, node) => sum + node.y, 0) / core.length
  const outer = Math.max(...core.map(node => Math.hypot(node.x - cx, node.y - cy) + node.r))
  const inner = Math.min(...periphery.map(node => Math.hypot(node.x - cx, node.y - cy) - node.r))
  return outer < inner ? { cx, cy, r: Math.round((outer + inner) / 2 * 100) / 100 } : null
}
