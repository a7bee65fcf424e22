import { describe, expect, it } from 'vitest'
import { programme } from '../../data/faelles-om-ledelse/programme.ts'
import { formatClock, formatClockRange, parseClock as t } from '../time.ts'
import { projectDay } from './project.ts'
import { agendaRows, type AgendaRow } from './rows.ts'
import { buildSchedule } from './schedule.ts'

const schedule = buildSchedule(programme, 'Pause')

function shown(rows: AgendaRow[]): string[] {
  return rows.map(row => `${row.slot.id} ${formatClockRange(row.start, row.end)}${row.planned ? ` (plan ${formatClock(row.planned.start)})` : ''}`)
}

/** Every row begins no earlier than the one above it began and ended. */
function readsForward(rows: AgendaRow[]): boolean {
  return rows.every((row, index) => {
    const above = rows[index - 1]
    return above === undefined || (row.start >= above.start && (above.end === undefined || row.start >= above.end))
  })
}

describe('agendaRows', () => {
  it('20 minutes late: breaks and items shift alike, the plan stays as a note', () => {
    const day = projectDay(schedule, { visionsledelse: t('09.00'), forskning: t('10.05') }, t('10.30'))
    const rows = agendaRows(day, false)
    expect(shown(rows)).toEqual([
      'visionsledelse 09.00 – 09.30',
      'pause-0930 09.30 – 10.05 (plan 09.30)',
      'forskning 10.05 – 11.35 (plan 09.45)',
      'pause-1115 11.35 – 11.50 (plan 11.15)',
      'relationer 11.50 – 12.35 (plan 11.30)',
      'graenselandet 12.35 – 13.45 (plan 12.15)',
      'afrunding 13.45 – 13.50 (plan 13.25)',
      'blixen 13.50 – (plan 13.30)',
    ])
    expect(readsForward(rows)).toBe(true)
    expect(rows.some(row => row.absorbed)).toBe(false)
    expect(rows.find(row => row.slot.id === 'relationer')?.shift).toBe(20)
  })

  it('a break the next item began during is used up', () => {
    const day = projectDay(schedule, { forskning: t('10.05'), relationer: t('11.35') }, t('11.40'))
    const pause = agendaRows(day, false).find(row => row.slot.id === 'pause-1115')!
    expect([pause.absorbed, formatClockRange(pause.start, pause.end)]).toEqual([true, '11.35 – 11.35'])
  })

  it('on time: no plan notes, nothing absorbed', () => {
    const rows = agendaRows(projectDay(schedule, {}, t('10.05')), false)
    expect(rows.filter(row => row.planned !== undefined || row.absorbed)).toEqual([])
    expect(readsForward(rows)).toBe(true)
  })

  it('reads forward for any single late or early start', () => {
    for (const slot of schedule.slots) {
      for (const offset of [-20, -5, 5, 20, 45]) {
        const rows = agendaRows(projectDay(schedule, { [slot.id]: slot.start + offset }, slot.start + offset + 1), false)
        expect(readsForward(rows), `${slot.id} ${offset}`).toBe(true)
      }
    }
  })

  it('plain: the seed\'s items at their planned times, whatever was recorded', () => {
    const rows = agendaRows(projectDay(schedule, { visionsledelse: t('09.20') }), true)
    expect(shown(rows)).toEqual([
      'visionsledelse 09.00 – 09.30',
      'forskning 09.45 – 11.15',
      'relationer 11.30 – 12.15',
      'graenselandet 12.15 – 13.25',
      'afrunding 13.25 – 13.30',
      'blixen 13.30 –',
    ])
  })
})
