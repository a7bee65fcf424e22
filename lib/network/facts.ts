import { formats } from '../i18n/format.ts'
import type { Language } from '../i18n/messages.ts'
import { translator } from '../i18n/translate.ts'
import type { NodeMetrics } from './types.ts'
import type { NetworkFigures } from './view.ts'

/** One bold headline with its sub-points, as the seed's "Hvad kendetegner netværksstrukturen?" slide. */
export interface NetworkFact {
  headline: string
  points: string[]
}

/** A core–periphery correlation from here up is called a clear structure. */
export const CLEAR_CORE_FIT = 0.5
/** Density bands for the wording: below the first loose, up to the second medium, above dense. */
export const DENSITY_BANDS = [0.25, 0.6] as const

export interface FactsWording {
  language: Language
  /** The organisation's word for its units in running text ("magistratsafdelinger", "departments"). */
  departments: string
  /**
   * The deck's sentence under "the core is not homogeneous" when the core spans departments:
   * the seed knows more than the survey (gender, position), so its words win over the count.
   */
  mixedCore?: string
}

/**
 * The seed's characterisation of the network, derived from the figures, in the deck's
 * language: the words change when the core is weak, the network falls apart, someone
 * holds it together, or the core comes from one department.
 */
export function networkFacts(analysis: NetworkFigures, nodes: readonly Pick<NodeMetrics, 'group' | 'department'>[], wording: FactsWording): NetworkFact[] {
  const t = translator(wording.language)
  const { integer, percent } = formats(wording.language)
  const cuts = analysis.articulationPoints
  const facts: NetworkFact[] = [{
    headline: t(analysis.coreFit >= CLEAR_CORE_FIT ? 'network.clearCore' : 'network.noClearCore'),
    points: [
      analysis.components <= 1 ? t('network.oneComponent') : t('network.components', { count: integer(analysis.components) }),
      cuts === 0 ? t('network.noArticulation') : cuts === 1 ? t('network.oneArticulation') : t('network.articulations', { count: integer(cuts) }),
    ],
  }, {
    headline: t(analysis.density < DENSITY_BANDS[0] ? 'network.loose' : analysis.density <= DENSITY_BANDS[1] ? 'network.medium' : 'network.dense'),
    points: [t('network.ties', { ties: integer(analysis.ties), possible: integer(analysis.possibleTies), density: percent(analysis.density) })],
  }]

  const core = nodes.filter(node => node.group === 'core')
  if (core.length > 0) {
    const departments = new Set(core.map(node => node.department))
    const all = new Set(nodes.map(node => node.department)).size
    const spread = departments.size === all
      ? t('network.allDepartments', { count: integer(all), departments: wording.departments })
      : t('network.someDepartments', { count: integer(departments.size), all: integer(all), departments: wording.departments })
    facts.push(departments.size === 1
      ? { headline: t('network.homogeneous'), points: [t('network.homogeneousPoint', { department: core[0]!.department })] }
      : { headline: t('network.mixed'), points: [wording.mixedCore ?? t('network.mixedPoint', { spread })] })
  }
  return facts
}
