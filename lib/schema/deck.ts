import { z } from 'zod'
import { standardFormats } from '../discussion/formats.ts'
import { LANGUAGES } from '../i18n/messages.ts'
import { defineData } from './define.ts'
import { DiscussionsSchema, FormatSchema, type DiscussionRound, type Format } from './discussions.ts'
import { PhasesSchema } from './phases.ts'
import { ProgrammeSchema } from './programme.ts'
import { SeminarSchema } from './seminar.ts'
import { SurveySchema } from './survey.ts'
import { TeamsSchema } from './teams.ts'

/** A path inside the deck's folder, such as "network/members.csv". */
const DeckFile = z.string().regex(/^(?!\/)(?!.*\.\.)[\w./-]+\.csv$/, 'expected a CSV path inside the deck folder, e.g. "participants.csv"')

/**
 * Everything the toolkit needs to know about one deck (`data/<slug>/index.ts`): components,
 * the CLI, the exports and the print templates read it; a talk's own content stays in the
 * deck's other modules, which only its slides import.
 */
export const DeckSchema = z.object({
  /** The folder name under data/ and the slides file's name (`slides/<slug>.md`). */
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a lowercase slug such as "my-seminar"'),
  /** The language of everything on screen and on paper. */
  language: z.enum(LANGUAGES),
  seminar: SeminarSchema,
  programme: ProgrammeSchema,
  /** The deck's own discussion formats, besides the standard ones (lib/discussion/formats.ts). */
  formats: z.array(FormatSchema).default([]),
  rounds: DiscussionsSchema,
  teams: TeamsSchema,
  /** Job visits in pairs after the day: the month of each visit and of the joint follow-up. */
  visits: z.object({
    months: z.tuple([z.string().min(1), z.string().min(1)]),
    followUp: z.string().min(1),
  }),
  /** The course the day belongs to (`<Timeline>`). */
  phases: PhasesSchema,
  /** Words for the organisation's units, as the network slides use them. */
  words: z.object({
    /** "Magistratsafdeling", "Department" (a legend heading). */
    department: z.string().min(1),
    /** "magistratsafdelinger", "departments" (in running text). */
    departments: z.string().min(1),
  }),
  /** The deck's CSV files, relative to its folder. */
  files: z.object({
    participants: DeckFile.optional(),
    network: z.object({ members: DeckFile, relations: DeckFile, external: DeckFile.optional() }).optional(),
  }),
  /** The live network survey of `files.network.members` (/survey); a deck without one has no /survey. */
  survey: SurveySchema.optional(),
}).superRefine((deck, ctx) => {
  // Runs even when another part is malformed, so a presenter sees every problem at once.
  const language = (LANGUAGES as readonly unknown[]).includes(deck.language) ? deck.language : undefined
  const rounds: unknown = (deck as { rounds?: unknown }).rounds
  if (language && Array.isArray(rounds)) {
    const own = Array.isArray(deck.formats) ? deck.formats : []
    const known = new Set([...standardFormats(language), ...own].map(format => format?.id))
    rounds.forEach((round: { format?: unknown }, index) => {
      if (typeof round?.format === 'string' && !known.has(round.format))
        ctx.addIssue({ code: 'custom', path: ['rounds', index, 'format'], input: round.format, message: `expected a known format (${[...known].join(', ')})` })
    })
  }
  const months: unknown = (deck as { visits?: { months?: unknown } }).visits?.months
  if (Array.isArray(months) && months.length === 2 && months[0] === months[1])
    ctx.addIssue({ code: 'custom', path: ['visits', 'months', 1], input: months[1], message: 'expected two different months' })
  if (deck.survey && !deck.files?.network)
    ctx.addIssue({ code: 'custom', path: ['files', 'network'], input: undefined, message: 'expected the network files the survey asks about' })
}, { when: () => true }).transform((deck) => {
  const formats = new Map<string, Format>([...standardFormats(deck.language), ...deck.formats].map(format => [format.id, format]))
  const rounds: DiscussionRound[] = deck.rounds.map(round => ({ ...round, format: formats.get(round.format)! }))
  return { ...deck, rounds }
})
export type Deck = z.output<typeof DeckSchema>
export type DeckInput = z.input<typeof DeckSchema>

/** A deck's `index.ts`: validates the deck object at import and gives it its type. */
export function defineDeck(schema: typeof DeckSchema, raw: DeckInput): Deck {
  return defineData(schema, raw)
}
