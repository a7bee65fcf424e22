import { catchUpOptions, isOffered, recordStart, seminarClock, type Recovery, type Schedule, type ScheduledRound } from '../programme/index.ts'
import { questionStepIds } from '../discussion/steps.ts'
import { marksFromStarts, startsFromMarks } from '../programme/state.ts'
import { boardPatch, timerOf } from '../timer/board.ts'
import { MINUTE_MS, type TimerAction } from '../timer/machine.ts'
import type { Command } from './commands.ts'
import { refusal, type Refusal } from './refusal.ts'
import { normaliseInsight } from './insight-text.ts'
import type { Draw, GroupingBoard, Insight, LiveState, ModerationStatus, TableProgress } from './state.ts'

/** What the server knows of the deck it serves: enough to decide every command. */
export interface LiveDeck {
  /** Every timer the deck defines, with its planned length and the timer after it in its round. */
  timers: ReadonlyMap<string, { plannedMs: number, next?: string }>
  schedule: Schedule
  /** YYYY-MM-DD: programme marks on the day use the server's clock on this date. */
  seminarDate: string
  /** Rounds whose tables send their key insight from the phone (`insights: true` in the deck's data). */
  insightRounds?: ReadonlySet<string>
  /** The discussion rounds and the programme items they run in: what catching up may shorten. */
  rounds?: readonly ScheduledRound[]
}

export type Applied = { ok: true, state: LiveState } | Refusal

const TIMER_ACTIONS = {
  'timer.start': 'start',
  'timer.pause': 'pause',
  'timer.resume': 'resume',
  'timer.reset': 'reset',
  'timer.addMinute': 'addMinute',
} as const satisfies Record<string, TimerAction['type']>

/**
 * The one place the live state changes: the same state, command and instant always give
 * the same result. `now` is the server's clock; nothing the client says about time counts,
 * except a rehearsal's own clock for rehearsal marks.
 */
export function applyCommand(state: LiveState, command: Command, now: number, deck: LiveDeck): Applied {
  switch (command.type) {
    case 'timer.start':
    case 'timer.pause':
    case 'timer.resume':
    case 'timer.addMinute':
      return applyTimer(state, command.timerId, { type: TIMER_ACTIONS[command.type] }, now, deck)
    case 'timer.reset': {
      // Back to the planned time: the tables start this question afresh too.
      const reset = applyTimer(state, command.timerId, { type: 'reset' }, now, deck)
      if (!reset.ok || !(command.timerId in reset.state.tables.timers))
        return reset
      const { [command.timerId]: _, ...rest } = reset.state.tables.timers
      return { ok: true, state: { ...reset.state, tables: { timers: rest } } }
    }
    case 'timer.setDuration':
      return applyTimer(state, command.timerId, { type: 'setDuration', durationMs: command.durationMs }, now, deck)
    case 'timer.next': {
      const entry = deck.timers.get(command.timerId)
      if (!entry)
        return unknownTimer(command.timerId, deck)
      // A question taken out to catch up is skipped.
      const dropped = droppedTimers(state, deck)
      let next = entry.next
      while (next !== undefined && dropped.has(next))
        next = deck.timers.get(next)?.next
      if (!next)
        return refusal(409, 'lastQuestion', { timer: command.timerId })
      const paused = applyTimer(state, command.timerId, { type: 'pause' }, now, deck)
      return paused.ok ? applyTimer(paused.state, next, { type: 'start' }, now, deck) : paused
    }
    case 'programme.mark':
      return markProgramme(state, command.itemId, command.rehearsalAt, now, deck)
    case 'programme.reset':
      return resetProgramme(state, command.rehearsal, now, deck)
    case 'programme.catchUp':
      return catchUp(state, command.recovery, command.rehearsalAt, now, deck)
    case 'programme.indicator':
      return { ok: true, state: { ...state, programme: { ...state.programme, indicator: command.on } } }
    case 'grouping.redraw':
      return { ok: true, state: { ...state, grouping: { ...state.grouping, [command.board]: redraw(state, command.board) } } }
    case 'grouping.undo': {
      const draw = state.grouping[command.board]
      const seed = draw.previous.at(-1)
      if (seed === undefined)
        return refusal(409, 'nothingToUndo', { board: command.board })
      return { ok: true, state: { ...state, grouping: { ...state.grouping, [command.board]: { ...draw, seed, previous: draw.previous.slice(0, -1) } } } }
    }
    case 'table.ready':
    case 'table.moreTime':
      return markTable(state, command.timerId, command.table, command.type === 'table.ready' ? 'ready' : 'moreTime', now, deck)
    case 'round.end':
      return endRound(state, command.timerId, now, deck)
    case 'insight.post':
      return postInsight(state, command.round, command.table, command.text, now, deck)
    case 'insight.approve':
    case 'insight.hide':
      return judge(state, 'insights', command.id, command.type === 'insight.approve' ? 'approved' : 'hidden')
    case 'photo.approve':
    case 'photo.hide':
      return judge(state, 'photos', command.id, command.type === 'photo.approve' ? 'approved' : 'hidden')
    case 'photo.add':
      if (state.photos.items.some(photo => photo.id === command.id))
        return { ok: true, state }
      if (state.photos.items.filter(photo => photo.table === command.table).length >= MAX_PHOTOS_PER_TABLE)
        return refusal(409, 'photoLimit', { table: command.table, max: MAX_PHOTOS_PER_TABLE })
      // Pending, like an insight: the projector is public, the presenter looks first.
      return { ok: true, state: { ...state, photos: { items: [...state.photos.items, { id: command.id, table: command.table, at: now, status: 'pending' }] } } }
    case 'survey.close':
    case 'survey.reopen': {
      const closed = command.type === 'survey.close'
      return closed === state.survey.closed ? { ok: true, state } : { ok: true, state: { ...state, survey: { ...state.survey, closed } } }
    }
    case 'survey.source':
      return command.source === state.survey.source ? { ok: true, state } : { ok: true, state: { ...state, survey: { ...state.survey, source: command.source } } }
  }
}

/** Enough for a build seen from every side; bounds the state folder at about 2 MB × this per table. */
export const MAX_PHOTOS_PER_TABLE = 12

const NO_PROGRESS: TableProgress = { ready: {}, moreTime: {}, endedAt: null }

/** Ready and "more time" exclude each other: the table's latest word counts. */
function markTable(state: LiveState, timerId: string, table: number, mark: 'ready' | 'moreTime', now: number, deck: LiveDeck): Applied {
  if (!deck.timers.has(timerId))
    return unknownTimer(timerId, deck)
  if (state.timers.timers[timerId]?.startedAt == null)
    return refusal(409, 'notStarted', { timer: timerId })
  const progress = state.tables.timers[timerId] ?? NO_PROGRESS
  if (progress.endedAt !== null)
    return refusal(409, 'roundEnded')
  const key = String(table)
  if (progress[mark][key] !== undefined)
    return { ok: true, state }
  const other = mark === 'ready' ? 'moreTime' : 'ready'
  const { [key]: _, ...otherRest } = progress[other]
  const next = { ...progress, [mark]: { ...progress[mark], [key]: now }, [other]: otherRest }
  return { ok: true, state: { ...state, tables: { timers: { ...state.tables.timers, [timerId]: next } } } }
}

function endRound(state: LiveState, timerId: string, now: number, deck: LiveDeck): Applied {
  const progress = state.tables.timers[timerId] ?? NO_PROGRESS
  if (progress.endedAt !== null)
    return { ok: true, state }
  // Pausing checks the timer exists; a timer that is not running stays as it is.
  const paused = applyTimer(state, timerId, { type: 'pause' }, now, deck)
  if (!paused.ok)
    return paused
  return { ok: true, state: { ...paused.state, tables: { timers: { ...paused.state.tables.timers, [timerId]: { ...progress, endedAt: now } } } } }
}

function postInsight(state: LiveState, round: string, table: number, raw: string, now: number, deck: LiveDeck): Applied {
  if (!deck.insightRounds?.has(round))
    return refusal(404, 'noInsightRound', { round })
  const normalised = normaliseInsight(raw)
  if (!normalised.ok)
    return normalised
  const id = `${round}-${table}`
  const existing = state.insights.items.find(item => item.id === id)
  if (existing?.text === normalised.text)
    return { ok: true, state }
  // A changed text needs the presenter's approval again.
  const insight: Insight = { id, round, table, text: normalised.text, at: now, status: 'pending' }
  const items = existing ? state.insights.items.map(item => item.id === id ? insight : item) : [...state.insights.items, insight]
  return { ok: true, state: { ...state, insights: { items } } }
}

/** The presenter's word on a table's insight or photo. */
function judge(state: LiveState, key: 'insights' | 'photos', id: string, status: 'approved' | 'hidden'): Applied {
  const items: readonly { id: string, status: ModerationStatus }[] = state[key].items
  const existing = items.find(item => item.id === id)
  if (!existing)
    return refusal(404, key === 'insights' ? 'noInsight' : 'noPhoto', { id })
  if (existing.status === status)
    return { ok: true, state }
  return { ok: true, state: { ...state, [key]: { items: state[key].items.map(item => item.id === id ? { ...item, status } : item) } } }
}

function unknownTimer(id: string, deck: LiveDeck): Refusal {
  const known = [...deck.timers.keys()]
  return refusal(404, 'unknownTimer', { timer: id, known: known.length ? `${known.slice(0, 5).join(', ')}${known.length > 5 ? ', …' : ''}` : '–' })
}

function applyTimer(state: LiveState, id: string, action: TimerAction, now: number, deck: LiveDeck): Applied {
  const entry = deck.timers.get(id)
  if (!entry)
    return unknownTimer(id, deck)
  const before = timerOf(state.timers, id, entry.plannedMs)
  const patch = boardPatch(state.timers, id, action, now, entry.plannedMs)
  const after = patch.timers![id]!
  if (after === before)
    return { ok: true, state }
  return {
    ok: true,
    state: {
      ...state,
      timers: { timers: { ...state.timers.timers, [id]: after }, lastStartedId: patch.lastStartedId ?? state.timers.lastStartedId },
    },
  }
}

function markProgramme(state: LiveState, itemId: string, rehearsalAt: number | undefined, now: number, deck: LiveDeck): Applied {
  if (!deck.schedule.slots.some(slot => slot.id === itemId))
    return refusal(404, 'unknownProgrammeItem', { item: itemId })
  const at = rehearsalAt ?? seminarClock(now, deck.seminarDate)
  if (at === undefined)
    return refusal(409, 'notSeminarDay', { date: deck.seminarDate })
  const field = rehearsalAt === undefined ? 'starts' : 'rehearsalStarts'
  const starts = recordStart(deck.schedule, startsFromMarks(state.programme[field]), itemId, Math.floor(at))
  return { ok: true, state: { ...state, programme: { ...state.programme, [field]: marksFromStarts(starts) } } }
}

/** A seed no draw of this board has shown yet, so a redraw after an undo is a new draw. */
function redraw(state: LiveState, board: GroupingBoard): Draw {
  const draw = state.grouping[board]
  const seed = draw.highest + 1
  return { seed, previous: [...draw.previous, draw.seed].slice(-100), highest: seed }
}

const recoveriesField = (rehearsal: boolean): 'rehearsalRecoveries' | 'recoveries' => (rehearsal ? 'rehearsalRecoveries' : 'recoveries')

/** The timers of one question of a scheduled round (none when the deck has no such round). */
function questionTimers(deck: LiveDeck, round: string, question: string): string[] {
  const scheduled = deck.rounds?.find(candidate => candidate.round.id === round)
  return scheduled ? questionStepIds(scheduled.round, question) : []
}

function droppedTimers(state: LiveState, deck: LiveDeck): Set<string> {
  return new Set([...state.programme.recoveries, ...state.programme.rehearsalRecoveries]
    .flatMap(recovery => recovery.kind === 'drop-question' ? questionTimers(deck, recovery.round, recovery.question) : []))
}

/** Sets the planned length of the timers a recovery shortens (or gives them back theirs). */
function retimeRound(state: LiveState, recovery: Recovery, minutes: (change: { from: number, to: number }) => number, now: number, deck: LiveDeck): LiveState {
  if (recovery.kind !== 'shorten-questions')
    return state
  return recovery.questions.flatMap(change => questionTimers(deck, recovery.round, change.id).map(id => ({ id, change }))).reduce((current, { id, change }) => {
    const applied = applyTimer(current, id, { type: 'setDuration', durationMs: minutes(change) * MINUTE_MS }, now, deck)
    return applied.ok ? applied.state : current
  }, state)
}

/**
 * Takes a catch-up option: only one the server itself offers now (from its clock, the
 * marks, the recoveries taken and the timers started), so a stale or forged list changes
 * nothing. The programme shortens and the round's timers get their new lengths at once.
 */
function catchUp(state: LiveState, recovery: Recovery, rehearsalAt: number | undefined, now: number, deck: LiveDeck): Applied {
  const at = rehearsalAt ?? seminarClock(now, deck.seminarDate)
  if (at === undefined)
    return refusal(409, 'notSeminarDay', { date: deck.seminarDate })
  const rehearsal = rehearsalAt !== undefined
  const field = recoveriesField(rehearsal)
  const offer = catchUpOptions({
    schedule: deck.schedule,
    starts: startsFromMarks(state.programme[rehearsal ? 'rehearsalStarts' : 'starts']),
    now: at,
    rounds: deck.rounds ?? [],
    applied: state.programme[field],
    started: new Set(Object.entries(state.timers.timers).filter(([, timer]) => timer.startedAt !== null).map(([id]) => id)),
  })
  if (!isOffered(offer, recovery))
    return refusal(409, 'catchUpGone')
  const taken = { ...state, programme: { ...state.programme, [field]: [...state.programme[field], recovery] } }
  return { ok: true, state: retimeRound(taken, recovery, change => change.to, now, deck) }
}

/** Forgets the marks and the recoveries (of the rehearsal or the day); shortened timers get their planned length back. */
function resetProgramme(state: LiveState, rehearsal: boolean, now: number, deck: LiveDeck): Applied {
  const field = recoveriesField(rehearsal)
  const undone = state.programme[field].reduce((current, recovery) => retimeRound(current, recovery, change => change.from, now, deck), state)
  return { ok: true, state: { ...undone, programme: { ...undone.programme, [rehearsal ? 'rehearsalStarts' : 'starts']: [], [field]: [] } } }
}
