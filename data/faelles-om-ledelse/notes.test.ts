import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadDeck } from '../../scripts/export/deck.ts'
import { roundMinutes, roundSteps } from '../../lib/discussion/steps.ts'
import { translate } from '../../lib/i18n/translate.ts'
import { buildSchedule, plannedLength } from '../../lib/programme/index.ts'
import type { DiscussionRound } from '../../lib/schema/discussions.ts'
import { formatClock } from '../../lib/time.ts'
import { deck as seminarDeck, programme } from './index.ts'

// Speaker notes are plain text in the deck file (they can't run code): what they state about
// times and minutes must agree with the data modules, or the presenter is told the wrong thing.
const deck = await loadDeck('faelles-om-ledelse')
const source = readFileSync(deck.entry, 'utf8').split('\n')
const schedule = buildSchedule(programme, translate(seminarDeck.language, 'programme.break'))
const discussions = seminarDeck.rounds
/** Each question's minutes: its steps' together. */
const questionMinutes = (round: DiscussionRound) => round.questions.map(question => roundSteps(round).filter(step => step.question.id === question.id).reduce((sum, step) => sum + step.minutes, 0))
const clockTimes = new Set(schedule.slots.flatMap(slot => [slot.start, ...(slot.end === undefined ? [] : [slot.end])]).map(formatClock))
const totals = discussions.map(roundMinutes)
const anyMinutes = new Set([
  ...discussions.flatMap(questionMinutes),
  ...totals,
  ...schedule.slots.flatMap(slot => plannedLength(slot) ?? []),
])
/** The round a slide shows, from its markdown (`<DiscussionRound id="…" />`). */
function roundOf(no: number): string | undefined {
  const slide = deck.slides[no - 1]!
  const next = deck.slides[no]?.line ?? source.length + 1
  return source.slice(slide.line - 1, next - 1).join('\n').match(/<DiscussionRound id="([^"]+)"/)?.[1]
}
const minutesIn = (note: string) => [...note.matchAll(/(\d+)\s+min\./g)].map(match => Number(match[1]))

describe('the speaker notes of the default deck', () => {
  it('are on every slide', () => {
    expect(deck.slides.filter(slide => !slide.note?.trim()).map(slide => slide.no)).toEqual([])
  })

  it('name only times the programme has', () => {
    const wrong = deck.slides.flatMap(slide => [...(slide.note ?? '').matchAll(/\b\d{2}\.\d{2}\b/g)]
      .map(match => match[0]).filter(time => !clockTimes.has(time)).map(time => `slide ${slide.no}: ${time}`))
    expect(wrong).toEqual([])
  })

  it('give a discussion round its questions\' minutes and their total, as discussions.ts has them', () => {
    const rounds = deck.slides.map(slide => ({ slide, id: roundOf(slide.no) })).filter(entry => entry.id !== undefined)
    expect(rounds.map(entry => entry.id)).toEqual(discussions.map(round => round.id))
    for (const { slide, id } of rounds) {
      const round = discussions.find(candidate => candidate.id === id)!
      const stated = new Set(minutesIn(slide.note!))
      const expected = new Set([...questionMinutes(round), roundMinutes(round)])
      expect([...stated].sort(), `slide ${slide.no}`).toEqual([...expected].sort())
    }
  })

  it('state no other minutes than the data\'s', () => {
    const wrong = deck.slides.flatMap(slide => minutesIn(slide.note ?? '').filter(minutes => !anyMinutes.has(minutes)).map(minutes => `slide ${slide.no}: ${minutes} min.`))
    expect(wrong).toEqual([])
  })
})
