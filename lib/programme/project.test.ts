import { describe, expect, it } from 'vitest'
import { deck } from '../../tests/fixtures/decks/mini/index.ts'
import { ProgrammeSchema } from '../schema/programme.ts'
import { formatClock, parseClock } from '../time.ts'
import { projectDay, recordStart, type DayProjection, type RecordedStarts } from './project.ts'
import { buildSchedule } from './schedule.ts'

const seminar = buildSchedule(deck.programme, 'Pause')
const t = parseClock

/** "id state start–end" per slot, for readable expectations. */
function table(day: DayProjection): string[] {
  return day.slots.map(s => `${s.id} ${s.state} ${formatClock(s.projectedStart)}${s.projectedEnd === undefined ? '' : `–${formatClock(s.projectedEnd)}`}`)
}

function starts(entries: Record<string, string>): RecordedStarts {
  return Object.fromEntries(Object.entries(entries).map(([id, clock]) => [id, t(clock)]))
}

/** A morning with a pinned lunch after a break and a bus after a second pinned item. */
const withLunch = buildSchedule(ProgrammeSchema.parse({
  headings: { time: 'Tid', item: 'Programpunkt' },
  items: [
    { id: 'intro', start: '09.00', end: '10.00', title: 'Intro' },
    { id: 'talk', start: '10.15', end: '11.45', title: 'Oplæg' },
    { id: 'lunch', start: '12.00', duration: 45, title: 'Frokost', pinned: true },
    { id: 'workshop', start: '12.45', end: '13.30', title: 'Workshop' },
    { id: 'bus', start: '13.30', title: 'Bus til Blixen', pinned: true },
  ],
}), 'Pause')

describe('buildSchedule', () => {
  it('makes the gaps of the seminar day explicit breaks', () => {
    expect(seminar.slots.map(s => `${s.kind}:${s.id}:${formatClock(s.start)}`)).toEqual([
      'item:visionsledelse:09.00',
      'break:pause-0930:09.30',
      'item:forskning:09.45',
      'break:pause-1115:11.15',
      'item:relationer:11.30',
      'item:graenselandet:12.15',
      'item:afrunding:13.25',
      'item:blixen:13.30',
    ])
    const pause = seminar.slots[1]!
    expect([pause.title, pause.end]).toEqual(['Pause', t('09.45')])
    expect(seminar.slots.at(-1)?.end).toBeUndefined()
    expect(seminar.slots.at(-1)?.pinned).toBe(true)
  })

  it('turns a duration into an end', () => {
    expect(withLunch.slots.find(s => s.id === 'lunch')?.end).toBe(t('12.45'))
  })
})

describe('projectDay on time', () => {
  it('at 10.05 the 09.45 item is current, the first done, later ones upcoming', () => {
    const day = projectDay(seminar, {}, t('10.05'))
    expect(day.slots.filter(s => s.kind === 'item').map(s => `${s.id}:${s.state}`)).toEqual([
      'visionsledelse:done',
      'forskning:current',
      'relationer:upcoming',
      'graenselandet:upcoming',
      'afrunding:upcoming',
      'blixen:upcoming',
    ])
    expect(day.current?.id).toBe('forskning')
    expect(day.delta).toBe(0)
    expect(formatClock(day.projectedEnd)).toBe('13.30')
    expect(formatClock(day.plannedEnd)).toBe('13.30')
  })

  it('in a gap, the break is current', () => {
    expect(projectDay(seminar, {}, t('09.35')).current).toMatchObject({ kind: 'break', id: 'pause-0930' })
  })

  it('names the next item: the first not yet begun, never a break, none once the last has begun', () => {
    expect(projectDay(seminar, {}, t('08.00')).next?.id).toBe('visionsledelse')
    expect(projectDay(seminar, {}, t('09.35')).next?.id).toBe('forskning')
    expect(projectDay(seminar, {}, t('10.05')).next?.id).toBe('relationer')
    expect(projectDay(seminar, {}, t('16.00')).next).toBeUndefined()
  })

  it('before the day nothing is current; after the last start the open item stays current', () => {
    const early = projectDay(seminar, {}, t('08.00'))
    expect(early.current).toBeUndefined()
    expect(early.slots.every(s => s.state === 'upcoming')).toBe(true)
    expect(projectDay(seminar, {}, t('16.00')).current?.id).toBe('blixen')
  })

  it('without a clock (another day) everything is upcoming', () => {
    expect(projectDay(seminar, {}).slots.every(s => s.state === 'upcoming')).toBe(true)
  })

  it('an item is done at its end minute and current at its start minute', () => {
    const day = projectDay(seminar, {}, t('09.30'))
    expect(table(day).slice(0, 2)).toEqual(['visionsledelse done 09.00–09.30', 'pause-0930 current 09.30–09.45'])
  })
})

describe('projectDay with recorded starts', () => {
  it('a late first item carries its delay forward: +10 and a break of its full length', () => {
    const day = projectDay(seminar, starts({ visionsledelse: '09.10' }), t('10.05'))
    expect(table(day).slice(0, 4)).toEqual([
      'visionsledelse done 09.10–09.40',
      'pause-0930 done 09.40–09.55',
      'forskning current 09.55–11.25',
      'pause-1115 upcoming 11.25–11.40',
    ])
    expect(day.delta).toBe(10)
    expect(day.current?.recorded).toBe(false)
  })

  it('the delta is +10 while the late item itself runs', () => {
    expect(projectDay(seminar, starts({ visionsledelse: '09.10' }), t('09.15')).delta).toBe(10)
  })

  it('an early start puts the day ahead (negative delta)', () => {
    const day = projectDay(seminar, starts({ visionsledelse: '09.00', forskning: '09.40' }), t('10.00'))
    expect(day.delta).toBe(-5)
    expect(table(day)[1]).toBe('pause-0930 done 09.30–09.40')
  })

  it('a pinned item with no break before it cannot absorb a delay: it is exposed', () => {
    const day = projectDay(seminar, starts({ graenselandet: '12.25' }), t('12.30'))
    const blixen = day.slots.at(-1)!
    expect(formatClock(blixen.projectedStart)).toBe('13.40')
    expect(blixen.delay).toBe(10)
    expect(day.missedPins.map(s => s.id)).toEqual(['blixen'])
    expect(formatClock(day.projectedEnd)).toBe('13.40')
    expect(day.delta).toBe(10)
  })

  it('a break before a pinned item shrinks to absorb the delay', () => {
    const day = projectDay(withLunch, starts({ intro: '09.00', talk: '10.25' }), t('11.00'))
    expect(table(day)).toEqual([
      'intro done 09.00–10.00',
      'pause-1000 done 10.00–10.25',
      'talk current 10.25–11.55',
      'pause-1145 upcoming 11.55–12.00',
      'lunch upcoming 12.00–12.45',
      'workshop upcoming 12.45–13.30',
      'bus upcoming 13.30',
    ])
    expect(day.delta).toBe(10)
    expect(day.missedPins).toEqual([])
    expect(formatClock(day.projectedEnd)).toBe('13.30')
  })

  it('in the shrunken break the delta is that of the pinned item: absorbed', () => {
    const day = projectDay(withLunch, starts({ talk: '10.25' }), t('11.57'))
    expect(day.current?.id).toBe('pause-1145')
    expect(day.delta).toBe(0)
  })

  it('a delay larger than the break is exposed at the pin and carried past it', () => {
    const day = projectDay(withLunch, starts({ talk: '10.40' }), t('11.00'))
    expect(table(day).slice(3)).toEqual([
      'pause-1145 upcoming 12.10–12.10',
      'lunch upcoming 12.10–12.55',
      'workshop upcoming 12.55–13.40',
      'bus upcoming 13.40',
    ])
    expect(day.delta).toBe(25)
    expect(day.missedPins.map(s => `${s.id}+${s.delay}`)).toEqual(['lunch+10', 'bus+10'])
  })

  it('a pinned item keeps its time when the day runs ahead (its break grows)', () => {
    const day = projectDay(withLunch, starts({ talk: '10.05' }), t('11.00'))
    expect(table(day).slice(3, 5)).toEqual(['pause-1145 upcoming 11.35–12.00', 'lunch upcoming 12.00–12.45'])
    expect(day.delta).toBe(-10)
  })

  it('a recorded start after the pin resets the day from there', () => {
    const day = projectDay(withLunch, starts({ talk: '10.40', lunch: '12.00', workshop: '12.45' }), t('13.00'))
    expect(day.delta).toBe(0)
    expect(day.missedPins).toEqual([])
    // The lunch began on time, so the talk was cut short.
    expect(table(day)[2]).toBe('talk done 10.40–12.00')
  })

  it('a skipped item gets no time when a later one is recorded', () => {
    const day = projectDay(seminar, starts({ relationer: '11.30', afrunding: '12.20' }), t('12.22'))
    const skipped = day.slots.find(s => s.id === 'graenselandet')!
    expect([skipped.projectedStart, skipped.projectedEnd, skipped.state]).toEqual([t('12.15'), t('12.20'), 'done'])
    expect(day.current?.id).toBe('afrunding')
  })

  it('ahead of a pinned item with no break before it, the day waits: nothing current, on time', () => {
    const day = projectDay(seminar, starts({ afrunding: '13.00' }), t('13.10'))
    expect(table(day).slice(-2)).toEqual(['afrunding done 13.00–13.05', 'blixen upcoming 13.30'])
    expect(day.current).toBeUndefined()
    expect(day.delta).toBe(0)
  })

  it('after a day whose last item has an end, the delta is that of the end', () => {
    const closed = buildSchedule(ProgrammeSchema.parse({ headings: { time: 'Tid', item: 'Programpunkt' }, items: [{ id: 'a', start: '09.00', end: '10.00', title: 'A' }] }), 'Pause')
    const day = projectDay(closed, starts({ a: '09.20' }), t('11.00'))
    expect(day.slots[0]?.state).toBe('done')
    expect(day.delta).toBe(20)
    expect(formatClock(day.projectedEnd)).toBe('10.20')
  })
})

describe('recordStart', () => {
  it('records a start and drops marks of later items (undo)', () => {
    const first = recordStart(seminar, {}, 'visionsledelse', t('09.10'))
    const second = recordStart(seminar, first, 'forskning', t('09.55'))
    expect(second).toEqual({ visionsledelse: t('09.10'), forskning: t('09.55') })
    expect(recordStart(seminar, second, 'visionsledelse', t('09.05'))).toEqual({ visionsledelse: t('09.05') })
  })

  it('refuses an unknown item', () => {
    expect(() => recordStart(seminar, {}, 'nope', 0)).toThrow(/no programme item "nope"/)
  })
})
