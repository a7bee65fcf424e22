import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import { deck } from 'virtual:seminarkit/deck'
import { deckRound } from '../lib/discussion/rounds.ts'
import { liveState, resetLive, setLive } from '../tests/support/fake-live.ts'
import DiscussionRound from './DiscussionRound.vue'

const mode = vi.hoisted(() => ({ print: false, presenterSlide: true }))

vi.mock('../composables/useRehearsalTime.ts', () => ({ useRehearsalTime: () => undefined }))
vi.mock('../composables/useLiveState.ts', async () => (await import('../tests/support/fake-live.ts')).fakeLiveModule)
vi.mock('../composables/useServerClock.ts', async () => (await import('../tests/support/fake-live.ts')).fakeServerClockModule)
vi.mock('../composables/useSession.ts', async () => (await import('../tests/support/fake-live.ts')).fakePresenterSessionModule)
vi.mock('../composables/useSlideMode.ts', () => ({ useSlideMode: () => ({ isPrint: ref(mode.print), isPresenter: ref(mode.presenterSlide) }) }))
vi.mock('../composables/useTimerPlacement.ts', () => ({
  useTimerPlacement: () => ({ presenterSlide: ref(mode.presenterSlide), activePresenterSlide: ref(mode.presenterSlide) }),
}))
vi.mock('../composables/useTimerLink.ts', () => ({ useTimerLink: () => ref(undefined) }))

enableAutoUnmount(afterEach)

const current = (wrapper: ReturnType<typeof mount>) => wrapper.find('[aria-current="step"]').attributes('data-timer-id')
const stateOf = (wrapper: ReturnType<typeof mount>, id: string) => wrapper.get(`[data-testid="countdown"][data-timer-id="${id}"]`).attributes('data-state')

describe('DiscussionRound', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2019-02-22T13:00:00Z') })
    resetLive()
    mode.print = false
    mode.presenterSlide = true
  })
  afterEach(() => vi.useRealTimers())

  it('shows the round from the data module: title, questions, prompts, minutes and one timer per question', () => {
    const wrapper = mount(DiscussionRound, { props: { id: 'netvaerk' } })
    const round = deckRound(deck, 'netvaerk')
    expect(wrapper.get('h1').text()).toBe(round.title)
    const questions = wrapper.findAll('[data-testid="discussion-question"]')
    expect(questions.map(q => q.get('h2').text())).toEqual(['Viden', 'Refleksion', 'Handling'])
    expect(questions[0]!.text()).toContain(round.questions[0]!.prompts[0]!)
    expect(questions[0]!.text()).toContain('ca. 5 min.')
    expect(wrapper.findAll('[data-testid="countdown"]').map(c => c.attributes('data-timer-id'))).toEqual(['netvaerk-viden', 'netvaerk-refleksion', 'netvaerk-handling'])
    expect(wrapper.text()).toContain('Grupper á tre')
    expect(wrapper.text()).toContain('I alt ca. 15 min.')
  })

  it('after catching up shows the round as it now runs: shorter questions, one taken out, countdowns at the new length', async () => {
    setLive(({ programme }) => ({ programme: { ...programme, recoveries: [
      { kind: 'shorten-questions', slot: 'relationer', round: 'netvaerk', saves: 6, questions: [{ id: 'viden', from: 5, to: 3 }, { id: 'refleksion', from: 5, to: 3 }, { id: 'handling', from: 5, to: 3 }] },
      { kind: 'drop-question', slot: 'relationer', round: 'netvaerk', question: 'handling', saves: 3 },
    ] } }))
    setLive(({ timers }) => ({ timers: { ...timers, timers: { 'netvaerk-viden': { status: 'idle', durationMs: 180_000, addedMs: 0, startedAt: null, pausedAt: null, pausedMs: 0 } } } }))
    const wrapper = mount(DiscussionRound, { props: { id: 'netvaerk' } })
    const questions = wrapper.findAll('[data-testid="discussion-question"]')
    expect(questions.map(q => `${q.get('h2').text()} ${q.get('.sk-round__minutes').text()}`)).toEqual(['Viden ca. 3 min.', 'Refleksion ca. 3 min.'])
    expect(wrapper.text()).toContain('I alt ca. 6 min.')
    expect(wrapper.get('[data-testid="countdown"][data-timer-id="netvaerk-viden"]').attributes('data-remaining-ms')).toBe('180000')
  })

  it('says the group size once: not again when the title has it, "To og to" for neighbours', () => {
    expect(mount(DiscussionRound, { props: { id: 'visionsledelse' } }).text().match(/grupper á tre/gi)).toHaveLength(1)
    expect(mount(DiscussionRound, { props: { id: 'sidemand' } }).text()).toContain('To og to')
  })

  it('highlights the first question, then whichever question was started last (also from a phone)', async () => {
    const wrapper = mount(DiscussionRound, { props: { id: 'netvaerk' } })
    expect(current(wrapper)).toBe('netvaerk-viden')
    await wrapper.get('[data-timer-id="netvaerk-handling"] button[data-action="start"]').trigger('click')
    await flushPromises()
    expect(current(wrapper)).toBe('netvaerk-handling')
  })

  it('moves to the next question on "Næste spørgsmål" and on n: pauses this one, starts the next', async () => {
    const wrapper = mount(DiscussionRound, { props: { id: 'netvaerk' }, attachTo: document.body })
    await wrapper.get('[data-timer-id="netvaerk-viden"] button[data-action="start"]').trigger('click')
    await flushPromises()
    await vi.advanceTimersByTimeAsync(1000)
    await wrapper.get('button[data-action="next-question"]').trigger('click')
    await flushPromises()
    expect(stateOf(wrapper, 'netvaerk-viden')).toBe('paused')
    expect(stateOf(wrapper, 'netvaerk-refleksion')).toBe('running')
    expect(current(wrapper)).toBe('netvaerk-refleksion')
    await vi.advanceTimersByTimeAsync(1000)
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'n' }))
    await flushPromises()
    expect(current(wrapper)).toBe('netvaerk-handling')
    expect(wrapper.get('button[data-action="next-question"]').attributes('disabled')).toBeDefined()
    expect(liveState().timers.lastStartedId).toBe('netvaerk-handling')
  })

  it('keeps the projector clean: no controls', () => {
    mode.presenterSlide = false
    const wrapper = mount(DiscussionRound, { props: { id: 'netvaerk' } })
    expect(wrapper.findAll('button')).toHaveLength(0)
    expect(wrapper.findAll('[data-testid="countdown"]')).toHaveLength(3)
  })

  it('prints the questions with their minutes and no clocks', () => {
    mode.print = true
    const wrapper = mount(DiscussionRound, { props: { id: 'visionsledelse' } })
    expect(wrapper.findAll('[data-testid="countdown"]')).toHaveLength(0)
    expect(wrapper.text().match(/ca\. 10 min\./g)).toHaveLength(2)
    expect(wrapper.find('[aria-current]').exists()).toBe(false)
  })

  it('walks a 1-2-4-All round phase by phase, showing each phase\'s instruction and group size', async () => {
    const round = deckRound(deck, 'ideer')
    const wrapper = mount(DiscussionRound, { props: { id: 'ideer' }, attachTo: document.body })
    const phases = () => wrapper.findAll('[data-testid="format-phases"] li')
    expect(phases().map(li => li.text())).toEqual(['Alene1 min. · Alene', 'To og to2 min. · To og to', 'Fire og fire4 min. · Grupper á fire', 'Alle5 min. · Alle sammen'])
    expect(wrapper.get('[data-testid="step-instruction"]').text()).toBe(round.format.phases[0]!.instruction)
    expect(wrapper.text()).toContain('I alt ca. 12 min.')
    await wrapper.get('button[data-action="start"]').trigger('click')
    await flushPromises()
    for (const [index, phase] of round.format.phases.entries()) {
      expect(current(wrapper)).toBe(`ideer-samarbejde-${phase.id}`)
      expect(wrapper.get('[data-testid="format-phases"] li.current').attributes('data-phase-id')).toBe(phase.id)
      expect(wrapper.get('[data-testid="step-instruction"]').text()).toBe(phase.instruction)
      expect(Number(wrapper.get('[data-testid="countdown"]').attributes('data-remaining-ms'))).toBe(phase.minutes * 60_000)
      // Jump the fake clock to just before the end, then tick through it.
      vi.setSystemTime(Date.now() + phase.minutes * 60_000 - 500)
      await vi.advanceTimersByTimeAsync(400)
      expect(wrapper.get('[data-testid="countdown"]').attributes('data-state')).toBe('running')
      await vi.advanceTimersByTimeAsync(200)
      expect(wrapper.get('[data-testid="countdown"]').attributes('data-state')).toBe('finished')
      if (index < round.format.phases.length - 1)
        window.dispatchEvent(new KeyboardEvent('keydown', { key: 'n' }))
      await flushPromises()
    }
  })

  it('shows Troika Consulting\'s round and the client\'s role while the consultants talk', async () => {
    const wrapper = mount(DiscussionRound, { props: { id: 'troika' }, attachTo: document.body })
    await wrapper.get('button[data-action="start"]').trigger('click')
    await flushPromises()
    for (let step = 0; step < 6; step++) {
      await vi.advanceTimersByTimeAsync(1000)
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'n' }))
      await flushPromises()
    }
    expect(current(wrapper)).toBe('troika-udfordring-consult-2')
    const instruction = wrapper.get('[data-testid="step-instruction"]').text()
    expect(instruction).toContain('Runde 2 af 3')
    expect(instruction).toContain('Klienten: vend ryggen til')
  })

  it('names the unknown round and the known ones', () => {
    expect(() => mount(DiscussionRound, { props: { id: 'kaffe' } })).toThrow(/No discussion round "kaffe".*visionsledelse, netvaerk, sidemand, ideer, troika/)
  })
})
