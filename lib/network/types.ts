/** One member of the forum, as the survey's members list has them. */
export interface Member {
  id: string
  name: string
  department: string
  /** Answered the survey; only respondents report ties and external relations. */
  responded: boolean
}

/** A tie respondent `from` reported to member `to`; `strength` 1–5 when the survey asked. */
export interface Relation {
  from: string
  to: string
  strength?: number
}

/** Answers about contact with external partner types, 1–5, null for blank. */
export interface ExternalAnswers {
  partners: string[]
  rows: { id: string, values: (number | null)[] }[]
}

export interface NetworkData {
  members: Member[]
  relations: Relation[]
  external?: ExternalAnswers | null
}

export type Group = 'core' | 'periphery'

/** Mean per partner type, rounded to 2 decimals; null when nobody in the group answered. */
export type PartnerMeans = Record<string, number | null>

export interface ExternalMeans {
  partners: string[]
  core: PartnerMeans
  periphery: PartnerMeans
}

/** The `seminar network --json` document, field for field (contract §3). */
export interface NetworkSummary {
  members: number
  respondents: number
  ties: number
  possibleTies: number
  density: number
  reciprocity: number
  core: string[]
  periphery: string[]
  coreFit: number
  articulationPoints: string[]
  components: number
  external: ExternalMeans | null
}

/** Per-member figures the diagram needs beyond the summary. */
export interface NodeMetrics {
  id: string
  name: string
  department: string
  responded: boolean
  inDegree: number
  outDegree: number
  /** Neighbours in the symmetrised network. */
  degree: number
  group: Group
  articulation: boolean
}

export interface NetworkAnalysis extends NetworkSummary {
  nodes: NodeMetrics[]
  /** Symmetrised ties as index pairs into `nodes`, i < j. */
  links: [number, number][]
}
