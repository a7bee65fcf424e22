import { z } from 'zod/mini'
import { RecoverySchema } from '../programme/catch-up.ts'
import { emptyProgrammeState, type ProgrammeState } from '../programme/state.ts'
import { emptyBoard, type TimerBoard } from '../timer/board.ts'
import type { TimerState } from '../timer/machine.ts'
import type { PairsResult } from '../grouping/pairs.ts'
import type { SurveyResults } from '../survey/survey.ts'

/**
 * The live state of a seminar day: what the dev server owns, persists and shows every
 * view. Each key is validated when it is read from disk, so a bad file can never carry a
 * crash into the day. Written with zod/mini: the browser checks what it restores from
 * localStorage with these same schemas, and the mini API keeps that small.
 */

const DAY_MS = 24 * 60 * 60_000
const Instant = z.int().check(z.nonnegative())
const Duration = z.int().check(z.positive(), z.maximum(DAY_MS))
const Id = z.string().check(z.minLength(1), z.maxLength(200))

const TimerStateSchema = z.strictObject({
  status: z.enum(['idle', 'running', 'paused']),
  durationMs: Duration,
  addedMs: z.int().check(z.nonnegative(), z.maximum(DAY_MS)),
  startedAt: z.nullable(Instant),
  pausedAt: z.nullable(Instant),
  pausedMs: Instant,
}) satisfies z.ZodMiniType<TimerState>

export const TimerBoardSchema = z.strictObject({
  timers: z.record(Id, TimerStateSchema),
  lastStartedId: z.nullable(Id),
}) satisfies z.ZodMiniType<TimerBoard>

const StartMarkSchema = z.strictObject({ id: Id, at: z.number().check(z.minimum(0), z.maximum(48 * 60)) })

export const ProgrammeStateSchema = z.strictObject({
  starts: z.array(StartMarkSchema).check(z.maxLength(500)),
  rehearsalStarts: z.array(StartMarkSchema).check(z.maxLength(500)),
  // A state file from before catch-up existed has none yet.
  recoveries: z._default(z.array(RecoverySchema).check(z.maxLength(100)), []),
  rehearsalRecoveries: z._default(z.array(RecoverySchema).check(z.maxLength(100)), []),
  indicator: z.boolean(),
}) satisfies z.ZodMiniType<ProgrammeState>

/** The boards whose draws the room sees: each is drawn, redrawn and undone on its own. */
export const GROUPING_BOARDS = ['teams', 'tables', 'pairs'] as const
export type GroupingBoard = typeof GROUPING_BOARDS[number]

const Seed = z.int().check(z.minimum(1), z.maximum(2 ** 31 - 1))
const DrawSchema = z.strictObject({
  seed: Seed,
  /** Earlier seeds, newest last: what "undo" goes back to. */
  previous: z.array(Seed).check(z.maxLength(100)),
  /** The highest seed this board has shown: a redraw after an undo does not bring back the draw undone. */
  highest: Seed,
})
export type Draw = z.infer<typeof DrawSchema>

export const GroupingStateSchema = z.strictObject({
  teams: DrawSchema,
  tables: DrawSchema,
  pairs: DrawSchema,
})
export type GroupingState = z.infer<typeof GroupingStateSchema>

/** Seed 1, the CLI's default, so the slides show what `seminar teams` etc. print without --seed. */
export function defaultGroupingState(): GroupingState {
  const first = (): Draw => ({ seed: 1, previous: [], highest: 1 })
  return { teams: first(), tables: first(), pairs: first() }
}

/** A table's number, as on its table card: 1, 2, … */
export const TableNumber = z.int().check(z.minimum(1), z.maximum(999))
const TableKey = z.string().check(z.regex(/^[1-9]\d{0,2}$/))

/** The tables during one question's talk: who is done, who asked for more time (server instants). */
const TableProgressSchema = z.strictObject({
  ready: z.record(TableKey, Instant),
  moreTime: z.record(TableKey, Instant),
  /** When the presenter ended the talk for all tables; null while it runs. */
  endedAt: z.nullable(Instant),
})
export type TableProgress = z.infer<typeof TableProgressSchema>

export const TablesStateSchema = z.strictObject({
  /** By timer id: each question of a round is talked through, and ended, on its own. */
  timers: z.record(Id, TableProgressSchema),
})
export type TablesState = z.infer<typeof TablesStateSchema>

/** What the presenter decided about a table's insight or photo: only approved ones reach the room. */
export const MODERATION_STATUSES = ['pending', 'approved', 'hidden'] as const
export type ModerationStatus = typeof MODERATION_STATUSES[number]

/** Longest insight a table may send, in characters (code points) after normalising. */
export const INSIGHT_MAX_CHARS = 280

const InsightSchema = z.strictObject({
  /** `<round id>-<table>`: one insight per table and round; sending again replaces it. */
  id: z.string().check(z.regex(/^[a-z0-9-]+-[1-9]\d{0,2}$/)),
  round: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  table: TableNumber,
  text: z.string().check(z.minLength(1), z.refine(text => [...text].length <= INSIGHT_MAX_CHARS, `at most ${INSIGHT_MAX_CHARS} characters`)),
  at: Instant,
  /** Only approved insights reach the audience's slides. */
  status: z.enum(MODERATION_STATUSES),
})
export type Insight = z.infer<typeof InsightSchema>

export const InsightsStateSchema = z.strictObject({ items: z.array(InsightSchema).check(z.maxLength(5000)) })
export type InsightsState = z.infer<typeof InsightsStateSchema>

/** A photo's id: `<table>-<server instant>`; the file is `photos/<id>.jpg` in the state folder. */
export const PhotoId = z.string().check(z.regex(/^[1-9]\d{0,2}-\d{1,15}$/))

const PhotoSchema = z.strictObject({
  id: PhotoId,
  table: TableNumber,
  at: Instant,
  /** Only approved photos reach the gallery. A state file from before moderation went straight to the projector: approved. */
  status: z._default(z.enum(MODERATION_STATUSES), 'approved'),
})
export type Photo = z.infer<typeof PhotoSchema>

export const PhotosStateSchema = z.strictObject({ items: z.array(PhotoSchema).check(z.maxLength(2000)) })
export type PhotosState = z.infer<typeof PhotosStateSchema>

/** The presenter's switches for the live survey; the answers themselves are never part of the live state. */
export const SurveyControlSchema = z.strictObject({
  /** Closed: answers can no longer be given or changed. */
  closed: z.boolean(),
  /** What the network slides show: the deck's sample export or the live survey. */
  source: z.enum(['sample', 'live']),
})
export type SurveyControl = z.infer<typeof SurveyControlSchema>

/** The keys saved to the state folder, one file each. */
export const LIVE_KEYS = ['timers', 'programme', 'grouping', 'tables', 'insights', 'photos', 'survey'] as const
export type LiveKey = typeof LIVE_KEYS[number]

export interface LiveState {
  timers: TimerBoard
  programme: ProgrammeState
  grouping: GroupingState
  tables: TablesState
  insights: InsightsState
  photos: PhotosState
  survey: SurveyControl
  /** Computed by the server from the answers it keeps; anonymous below the gate; null without a dev server. */
  surveyResults: SurveyResults | null
  /**
   * The visit pairs of the pairs board's seed, drawn by the server with the survey's working
   * ties, which never leave it; null without a dev server (the browser then draws without ties).
   */
  visitPairs: PairsResult | null
}

export const LiveStateSchemas = {
  timers: TimerBoardSchema,
  programme: ProgrammeStateSchema,
  grouping: GroupingStateSchema,
  tables: TablesStateSchema,
  insights: InsightsStateSchema,
  photos: PhotosStateSchema,
  survey: SurveyControlSchema,
} satisfies { [K in LiveKey]: z.ZodMiniType<LiveState[K]> }

export function defaultLiveState(): LiveState {
  return {
    timers: emptyBoard(),
    programme: emptyProgrammeState(),
    grouping: defaultGroupingState(),
    tables: { timers: {} },
    insights: { items: [] },
    photos: { items: [] },
    survey: { closed: false, source: 'sample' },
    surveyResults: null,
    visitPairs: null,
  }
}

/**
 * What a client receives: the state as its role may see it (lib/live/view.ts) and a
 * version that grows with every applied command.
 */
export interface LiveSnapshot {
  /** Random per server start: versions compare only within one boot. */
  boot: string
  version: number
  /** The version of the last change to a moderated key: a client that sees more than the room fetches its own view when it grows. */
  moderatedVersion: number
  state: LiveState
}

/** Whether `next` should replace `current` on a client (a late, older snapshot never does). */
export function isNewer(next: LiveSnapshot, current: LiveSnapshot | undefined): boolean {
  return current === undefined || next.boot !== current.boot || next.version > current.version
}
