import { roleLabel, teamStyle, type PairsResult, type Participant, type TablesResult, type TeamsResult } from '../grouping/index.ts'
import type { Insight, Photo } from '../live/state.ts'
import { buildSchedule, type ProgrammeState } from '../programme/index.ts'
import type { Deck } from '../schema/deck.ts'
import type { ClockMinutes } from '../time.ts'

/** Someone the participant shares a team, a table or a visit circle with. */
export interface Mate {
  name: string
  department: string
}

/** What one participant takes home besides the shared record of the day. */
export interface PersonalPart {
  name: string
  department: string
  team: { name: string, hex: string, role: string, facilitator: string | null, mates: Mate[] }
  table: { number: number, mates: Mate[] }
  /** The visits this participant hosts and makes; empty when the draw has no circle for them. */
  visits: { hosting: { guest: string, month: string }[], visiting: { host: string, month: string }[] }
  /** The others in their follow-up group (their own circle included), by name. */
  followUp: string[]
}

/** One item of the programme: planned times, and the start the presenter marked on the day. */
export interface ProgrammeRunRow {
  title: string
  speaker?: string
  plannedStart: ClockMinutes
  plannedEnd?: ClockMinutes
  /** Undefined when nobody marked the item's start. */
  actualStart?: ClockMinutes
}

export interface ProgrammeRun {
  rows: ProgrammeRunRow[]
  /** Whether any item's start was marked on the day; without marks there is no "actual" to show. */
  marked: boolean
}

/** The approved insights of one round, by table. */
export interface InsightGroup {
  round: string
  title: string
  items: { table: number, text: string }[]
}

/** The day as everyone's handout records it: programme as it ran, approved insights, photos. */
export interface DayRecord {
  programme: ProgrammeRun
  insights: InsightGroup[]
  /** In the order they were taken. */
  photos: Photo[]
}

const byName = (name: string) => (mate: Mate) => mate.name !== name

/**
 * Each participant's part of the handout, in the participants' order, from the draws the
 * room used. A participant missing from a draw is a bug in the caller (draws come from the
 * same list), so it throws.
 */
export function personalParts(deck: Deck, participants: readonly Participant[], teams: TeamsResult, tables: TablesResult, pairs: PairsResult): PersonalPart[] {
  return participants.map(({ name, department }) => {
    const team = teams.teams.find(candidate => candidate.members.some(member => member.name === name))
    const table = tables.tables.find(candidate => candidate.members.some(member => member.name === name))
    if (!team || !table)
      throw new Error(`${name} is missing from the draws`)
    const circle = pairs.circles.findIndex(candidate => candidate.members.includes(name))
    const group = pairs.followUp.find(indices => indices.includes(circle)) ?? []
    return {
      name,
      department,
      team: {
        ...teamStyle(team.colour, deck.teams.colours),
        role: roleLabel(team.members.find(member => member.name === name)!.role),
        facilitator: team.facilitator,
        mates: team.members.filter(byName(name)).map(member => ({ name: member.name, department: member.department })),
      },
      table: { number: table.number, mates: table.members.filter(byName(name)) },
      visits: {
        hosting: pairs.visits.filter(visit => visit.host === name).map(({ guest, month }) => ({ guest, month })),
        visiting: pairs.visits.filter(visit => visit.guest === name).map(({ host, month }) => ({ host, month })),
      },
      followUp: group.flatMap(index => pairs.circles[index]!.members).filter(member => member !== name),
    }
  })
}

/**
 * The programme's items with the starts marked on the seminar day (rehearsal marks are not
 * the day). Marks of ids the programme does not have (another deck's state) are ignored.
 */
export function programmeRun(deck: Deck, state: Pick<ProgrammeState, 'starts'>): ProgrammeRun {
  const marks = new Map(state.starts.map(mark => [mark.id, mark.at]))
  const rows = buildSchedule(deck.programme, '').slots
    .filter(slot => slot.kind === 'item')
    .map((slot): ProgrammeRunRow => {
      const actualStart = marks.get(slot.id)
      return {
        title: slot.title,
        ...(slot.speaker === undefined ? {} : { speaker: slot.speaker }),
        plannedStart: slot.start,
        ...(slot.end === undefined ? {} : { plannedEnd: slot.end }),
        ...(actualStart === undefined ? {} : { actualStart }),
      }
    })
  return { rows, marked: rows.some(row => row.actualStart !== undefined) }
}

/** Approved insights only (pending and hidden ones never leave the presenter view), by round in the deck's order, then by table. */
export function approvedInsights(deck: Deck, insights: readonly Insight[]): InsightGroup[] {
  return deck.rounds.flatMap((round) => {
    const items = insights
      .filter(item => item.round === round.id && item.status === 'approved')
      .sort((a, b) => a.table - b.table)
      .map(({ table, text }) => ({ table, text }))
    return items.length === 0 ? [] : [{ round: round.id, title: round.title, items }]
  })
}

// Characters no common file system takes in a name, and the names Windows keeps for devices.
const UNSAFE = /[/\\:*?"<>|\p{Cc}\p{Cf}]/gu
const RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d)$/i
/** Room for " (99).pdf" within the usual 255-byte limit, with every character up to 4 bytes. */
const MAX_NAME_CHARS = 60

/**
 * A file name (without ".pdf") for each name, in order: unsafe characters become "-",
 * leading dots and trailing dots or spaces go, long names are cut. Names that end up
 * the same, ignoring case (macOS and Windows do), are told apart as "Name (2)", "Name (3)"
 * in list order, so no handout overwrites another.
 */
export function handoutFileNames(names: readonly string[], fallback: string): string[] {
  const taken = new Set<string>()
  return names.map((name) => {
    let base = [...name.normalize('NFC').replace(/\s+/g, ' ').replace(UNSAFE, '-')].slice(0, MAX_NAME_CHARS).join('')
    base = base.replace(/^[\s.]+/, '').replace(/[\s.]+$/, '')
    if (base === '' || RESERVED.test(base))
      base = base === '' ? fallback : `${base}-`
    let candidate = base
    for (let n = 2; taken.has(candidate.toLocaleLowerCase('und')); n++)
      candidate = `${base} (${n})`
    taken.add(candidate.toLocaleLowerCase('und'))
    return candidate
  })
}
