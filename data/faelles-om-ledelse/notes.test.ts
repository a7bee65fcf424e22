import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadDeck } from '../../scripts/export/deck.ts'
import { buildSchedule, plannedLength } from '../../lib/programme/index.ts'
import { formatClock } from '../../lib/time.ts'
import { discussions, programme } from './index.ts'

// Speaker notes are plain text in the deck file (they can't run code): what they state about
// times and minutes must agree with the data modules, or the presenter is told the wrong thing.
const deck = await loadDeck('faelles-om-ledelse')
const source = readFileSync(deck.entry, 'utf8').split('\n')
const schedule = buildSchedule(programme)
const clockTimes = new Set(schedule.slots.flatMap(slot => [slot.start, ...(slot.end === undefined ? [] : [slot.end])]).map(formatClock))
const totals = discussions.map(round => round.questions.reduce((sum, question) => sum + question.minutes, 0))
const anyMinutes = new Set([
  ...discussions.flatMap(round => round.questions.map(question => question.minutes)),
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
      const expected = new Set([...round.questions.map(question => question.minutes), round.questions.reduce((sum, question) => sum + question.minutes, 0)])
      expect([...stated].sort(), `slide ${slide.no}`).toEqual([...expected].sort())
    }
  })

  it('state no other minutes than the data\'s', () => {
    const wrong = deck.slides.flatMap(slide => minutesIn(slide.note ?? '').filter(minutes => !anyMinutes.has(minutes)).map(minutes => `slide ${slide.no}: ${minutes} min.`))
    expect(wrong).toEqual([])
  })
})
