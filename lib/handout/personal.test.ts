import { describe, expect, it } from 'vitest'
import { deck } from '../../tests/fixtures/decks/mini/index.ts'
import { drawPairs, drawTables, drawTeams, type Participant } from '../grouping/index.ts'
import type { Insight } from '../live/state.ts'
import { approvedInsights, handoutFileNames, personalParts, programmeRun } from './personal.ts'

const participants: Participant[] = ['Anna', 'Bo', 'Cai', 'Dan', 'Eva', 'Finn', 'Gry'].map((name, i) => ({ name, department: `Afdeling ${i % 3}` }))

describe('personalParts', () => {
  const teams = drawTeams(participants, deck.teams.colours, 3, deck.teams.roles)
  const tables = drawTables(participants, 3, 3)
  const pairs = drawPairs(participants, { seed: 3, months: deck.visits.months })
  const parts = personalParts(deck, participants, teams, tables, pairs)

  it('gives each participant, in list order, the others of their own team and table, never themselves', () => {
    expect(parts.map(part => part.name)).toEqual(participants.map(p => p.name))
    for (const part of parts) {
      const team = teams.teams.find(t => t.members.some(m => m.name === part.name))!
      const table = tables.tables.find(t => t.members.some(m => m.name === part.name))!
      expect(part.team.mates.map(m => m.name).sort()).toEqual(team.members.map(m => m.name).filter(n => n !== part.name).sort())
      expect(part.table).toEqual({ number: table.number, mates: table.members.filter(m => m.name !== part.name) })
      expect(part.team.name).toBe(deck.teams.colours.find(c => c.colour === team.colour)!.name)
      expect([deck.teams.roles.lead, deck.teams.roles.member].map(r => r[0]!.toUpperCase() + r.slice(1))).toContain(part.team.role)
    }
  })

  it('names whom each one hosts and visits, in which month, as the draw says, and their follow-up group', () => {
    for (const part of parts) {
      expect(part.visits.hosting).toEqual(pairs.visits.filter(v => v.host === part.name).map(v => ({ guest: v.guest, month: v.month })))
      expect(part.visits.visiting).toEqual(pairs.visits.filter(v => v.guest === part.name).map(v => ({ host: v.host, month: v.month })))
      expect(part.visits.hosting).toHaveLength(1)
      expect(part.visits.visiting).toHaveLength(1)
      expect(part.followUp).not.toContain(part.name)
      const circle = pairs.circles.find(c => c.members.includes(part.name))!
      for (const member of circle.members.filter(m => m !== part.name))
        expect(part.followUp).toContain(member)
    }
  })
})

describe('programmeRun', () => {
  it('puts the marked starts of the day beside the plan; rehearsal marks and unknown ids are not the day', () => {
    const run = programmeRun(deck, { starts: [{ id: 'visionsledelse', at: 9 * 60 + 2 }, { id: 'forskning', at: 9 * 60 + 52 }, { id: 'another-deck', at: 600 }] })
    expect(run.marked).toBe(true)
    expect(run.rows.map(row => row.title)).toEqual(deck.programme.items.map(item => item.title))
    expect(run.rows[0]).toEqual({ title: 'Erfaringer med aktiv visionsledelse', speaker: 'A', plannedStart: 540, plannedEnd: 570, actualStart: 542 })
    expect(run.rows[1]!.actualStart).toBe(592)
    expect(run.rows.slice(2).every(row => row.actualStart === undefined)).toBe(true)
    expect(run.rows.at(-1)!.plannedEnd).toBeUndefined()
  })

  it('says there were no marks when none of the day matches', () => {
    expect(programmeRun(deck, { starts: [] }).marked).toBe(false)
    expect(programmeRun(deck, { starts: [{ id: 'another-deck', at: 600 }] }).marked).toBe(false)
  })
})

describe('approvedInsights', () => {
  const insight = (round: string, table: number, status: Insight['status'], text = `${round} ${table}`): Insight => ({ id: `${round}-${table}`, round, table, text, at: table, status })

  it('keeps only approved insights, by round in the deck\'s order, then by table', () => {
    const groups = approvedInsights(deck, [
      insight('netvaerk', 2, 'approved'),
      insight('visionsledelse', 3, 'approved'),
      insight('visionsledelse', 1, 'approved'),
      insight('visionsledelse', 2, 'hidden', 'not for paper'),
      insight('netvaerk', 4, 'pending'),
    ])
    expect(groups).toEqual([
      { round: 'visionsledelse', title: 'Drøftelse ved bordene i grupper á tre', items: [{ table: 1, text: 'visionsledelse 1' }, { table: 3, text: 'visionsledelse 3' }] },
      { round: 'netvaerk', title: 'Drøftelse ved bordene', items: [{ table: 2, text: 'netvaerk 2' }] },
    ])
  })
})

describe('handoutFileNames', () => {
  it('keeps ordinary names, Danish letters included', () => {
    expect(handoutFileNames(['Søren Østergaard', 'Åse Æbelø'], 'deltager')).toEqual(['Søren Østergaard', 'Åse Æbelø'])
  })

  it('replaces what file systems refuse and drops leading dots, so no name escapes its folder', () => {
    expect(handoutFileNames(['../../etc/passwd', 'A:B*C?"<>|', '  .hidden.  ', 'tab\there'], 'deltager'))
      .toEqual(['-..-etc-passwd', 'A-B-C-----', 'hidden', 'tab here'])
  })

  it('tells apart names that give the same file, ignoring case, in list order', () => {
    expect(handoutFileNames(['Kim/Dal', 'Kim:Dal', 'kim-dal', 'Kim-Dal (2)'], 'deltager'))
      .toEqual(['Kim-Dal', 'Kim-Dal (2)', 'kim-dal (3)', 'Kim-Dal (2) (2)'])
  })

  it('gives a name for nothing left, avoids device names and cuts long names', () => {
    expect(handoutFileNames(['...', 'NUL', 'x'.repeat(300)], 'deltager')).toEqual(['deltager', 'NUL-', 'x'.repeat(60)])
  })
})
