import { z } from 'zod'
import { analyseNetwork } from '../network/analyse.ts'
import type { Member, NetworkAnalysis, NetworkData } from '../network/types.ts'
import type { Refusal } from '../live/commands.ts'

/**
 * The live network survey (issue 13). Answers are personal data about colleagues: they stay
 * on the server (scripts/support/live/live-server.ts keeps them in their own file) and only
 * `SurveyResults`, anonymous below the gate, ever reaches the room.
 */

/** A survey member as the deck's members list has them; `responded` comes from the answers. */
export type SurveyMember = Omit<Member, 'responded'>

/** What the server needs of the deck to run the survey. */
export interface SurveyDeck {
  members: readonly SurveyMember[]
  partners: readonly string[]
  gate: number
  names: boolean
}

const MemberId = z.string().min(1).max(200)
const Score = z.number().int().min(1).max(5)

export const SurveyAnswerSchema = z.discriminatedUnion('status', [
  /** Declining records nothing else. */
  z.strictObject({ status: z.literal('declined') }),
  z.strictObject({
    status: z.literal('answered'),
    /** Member ids of the colleagues this member works with. */
    ties: z.array(MemberId).max(1000),
    /** One per partner type of the deck, in its order; null for blank. */
    external: z.array(Score.nullable()).max(30),
  }),
])
export type SurveyAnswer = z.infer<typeof SurveyAnswerSchema>

/** The server's answers file: member id → answer. */
export const SurveyAnswersSchema = z.strictObject({ answers: z.record(MemberId, SurveyAnswerSchema) })
export type SurveyAnswers = z.infer<typeof SurveyAnswersSchema>

export function emptyAnswers(): SurveyAnswers {
  return { answers: {} }
}

/** What a participant's phone sends: its whole answer each time, so a resend is harmless. */
export const SurveySubmissionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('decline') }),
  z.strictObject({ type: z.literal('answer'), ties: z.array(MemberId).max(1000), external: z.array(Score.nullable()).max(30) }),
])
export type SurveySubmission = z.infer<typeof SurveySubmissionSchema>

/** Validates a submission from `memberId` against the deck: known colleagues, one value per partner type. */
export function checkSubmission(deck: SurveyDeck, memberId: string, value: unknown): { ok: true, answer: SurveyAnswer } | Refusal {
  const parsed = SurveySubmissionSchema.safeParse(value)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    return { ok: false, status: 400, reason: `${issue.path.join('.') || 'answer'}: ${issue.message}` }
  }
  const submission = parsed.data
  if (submission.type === 'decline')
    return { ok: true, answer: { status: 'declined' } }
  const known = new Set(deck.members.map(member => member.id))
  const unknown = submission.ties.find(id => !known.has(id) || id === memberId)
  if (unknown !== undefined)
    return { ok: false, status: 400, reason: `ties: "${unknown}" is ${unknown === memberId ? 'yourself' : 'not a member of this survey'}` }
  if (submission.external.length !== deck.partners.length)
    return { ok: false, status: 400, reason: `external: expected ${deck.partners.length} answers (one per partner type), got ${submission.external.length}` }
  return { ok: true, answer: { status: 'answered', ties: [...new Set(submission.ties)], external: submission.external } }
}

/** The answers as the network analysis reads a survey export: non-respondents are members who name nobody. */
export function surveyNetwork(deck: SurveyDeck, answers: SurveyAnswers): NetworkData {
  const answered = (id: string) => answers.answers[id]?.status === 'answered'
  const members = deck.members.map(member => ({ ...member, responded: answered(member.id) }))
  const relations = members.flatMap((member) => {
    const answer = answers.answers[member.id]
    return answer?.status === 'answered' ? answer.ties.map(to => ({ from: member.id, to })) : []
  })
  const rows = members.flatMap((member) => {
    const answer = answers.answers[member.id]
    return answer?.status === 'answered' ? [{ id: member.id, values: answer.external }] : []
  })
  return { members, relations, external: { partners: [...deck.partners], rows } }
}

/** What the room may see of the survey: broadcast to every view, so no names below the gate. */
export interface SurveyResults {
  members: number
  answered: number
  declined: number
  /** answered ÷ members, 4 decimals. */
  rate: number
  /** The gate was reached and the deck opted in: nodes carry names and member ids. */
  named: boolean
  /** The analysis; when not named, ids are "anon1…anonN" in a random order and names are empty. */
  analysis: NetworkAnalysis
}

/**
 * The survey's figures for the room, computed on the real answers, so they equal
 * `seminar network` on the export. Below the gate (or without the deck's opt-in) the result
 * is then made anonymous: nodes are put in the order of `order` (a per-server secret, so a
 * node's place does not reveal who it is), renamed "anon1…anonN" everywhere and keep only their
 * department.
 */
export function surveyResults(deck: SurveyDeck, answers: SurveyAnswers, order: (id: string) => string): SurveyResults {
  const values = Object.values(answers.answers)
  const answered = values.filter(answer => answer.status === 'answered').length
  const members = deck.members.length
  const rate = members === 0 ? 0 : Math.round(answered / members * 10_000) / 10_000
  const named = deck.names && members > 0 && answered / members >= deck.gate
  const analysis = analyseNetwork(surveyNetwork(deck, answers))
  return { members, answered, declined: values.length - answered, rate, named, analysis: named ? analysis : anonymous(analysis, order) }
}

function anonymous(analysis: NetworkAnalysis, order: (id: string) => string): NetworkAnalysis {
  const keys = analysis.nodes.map(node => order(node.id))
  const permutation = analysis.nodes.map((_, i) => i).sort((a, b) => keys[a]!.localeCompare(keys[b]!))
  const place = new Map(permutation.map((old, i) => [old, i]))
  const alias = new Map(permutation.map((old, i) => [analysis.nodes[old]!.id, `anon${i + 1}`]))
  const rename = (ids: string[]) => ids.map(id => alias.get(id)!).sort((a, b) => Number(a.slice(4)) - Number(b.slice(4)))
  return {
    ...analysis,
    core: rename(analysis.core),
    periphery: rename(analysis.periphery),
    articulationPoints: rename(analysis.articulationPoints),
    nodes: permutation.map(old => ({ ...analysis.nodes[old]!, id: alias.get(analysis.nodes[old]!.id)!, name: '' })),
    links: analysis.links.map(([a, b]) => {
      const [x, y] = [place.get(a)!, place.get(b)!]
      return x < y ? [x, y] as [number, number] : [y, x] as [number, number]
    }),
  }
}
