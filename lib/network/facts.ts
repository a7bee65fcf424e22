import { formatInteger, formatPercent } from '../time.ts'
import type { NetworkAnalysis } from './types.ts'

/** One bold headline with its sub-points, as the seed's "Hvad kendetegner netværksstrukturen?" slide. */
export interface NetworkFact {
  headline: string
  points: string[]
}

/** A core–periphery correlation from here up is called a clear structure. */
export const CLEAR_CORE_FIT = 0.5
/** Density bands for the wording: below the first "løst", up to the second "middeltæt", above "tæt". */
export const DENSITY_BANDS = [0.25, 0.6] as const

function count(n: number, one: string, many: string): string {
  return n === 1 ? `Én ${one}` : `${formatInteger(n)} ${many}`
}

/** What a deck knows beyond the survey's figures. */
export interface FactWording {
  /**
   * The sentence under "Kernen er ikke en homogen gruppe" when the core spans departments:
   * the seed knows more than the survey (gender, position), so its words win over the count.
   */
  mixedCore?: string
}

/**
 * The seed's characterisation of the network, derived from the figures: the words change
 * when the core is weak, the network falls apart, someone holds it together, or the core
 * comes from one department.
 */
export function networkFacts(analysis: NetworkAnalysis, wording: FactWording = {}): NetworkFact[] {
  const facts: NetworkFact[] = [{
    headline: analysis.coreFit >= CLEAR_CORE_FIT ? 'Tydelig kerne-periferistruktur' : 'Ingen tydelig kerne-periferistruktur',
    points: [
      analysis.components <= 1 ? 'Ingen adskilte grupperinger' : `${formatInteger(analysis.components)} adskilte grupperinger`,
      analysis.articulationPoints.length === 0
        ? 'Ingen er uundværlig!'
        : `${count(analysis.articulationPoints.length, 'person holder', 'personer holder')} netværket sammen`,
    ],
  }, {
    headline: analysis.density < DENSITY_BANDS[0] ? 'Et løst netværk' : analysis.density <= DENSITY_BANDS[1] ? 'Et middeltæt netværk' : 'Et tæt netværk',
    points: [`${formatInteger(analysis.ties)} relationer ud af et teoretisk max. på ${formatInteger(analysis.possibleTies)} (${formatPercent(analysis.density)} densitet)`],
  }]

  const core = analysis.nodes.filter(node => node.group === 'core')
  if (core.length > 0) {
    const departments = new Set(core.map(node => node.department))
    const all = new Set(analysis.nodes.map(node => node.department)).size
    const spread = departments.size === all
      ? `alle ${formatInteger(all)} magistratsafdelinger`
      : `${formatInteger(departments.size)} af ${formatInteger(all)} magistratsafdelinger`
    facts.push(departments.size === 1
      ? { headline: 'Kernen er en homogen gruppe', points: [`Alle i kernen kommer fra ${core[0]!.department}`] }
      : { headline: 'Kernen er ikke en homogen gruppe', points: [wording.mixedCore ?? `Medlemmerne i kernen går på tværs af ${spread}`] })
  }
  return facts
}
