import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import { idleTimer, transition, type TimerState } from '../lib/timer/machine.ts'
import { resetLive, setLive } from '../tests/support/fake-live.ts'
import TimerPage from './TimerPage.vue'

vi.mock('../composables/useLiveState.ts', async () => (await import('../tests/support/fake-live.ts')).fakeLiveModule)
vi.mock('../composables/useServerClock.ts', async () => (await import('../tests/support/fake-live.ts')).fakeServerClockModule)
vi.mock('../composables/useSession.ts', async () => (await import('../tests/support/fake-live.ts')).fakePresenterSessionModule)
vi.mock('../composables/useSlideMode.ts', () => ({ useSlideMode: () => ({ isPrint: ref(false), isPresenter: ref(false) }) }))
vi.mock('../composables/useTimerPlacement.ts', () => ({ useTimerPlacement: () => ({ presenterSlide: ref(false), activePresenterSlide: ref(false) }) }))

enableAutoUnmount(afterEach)

const T0 = new Date('2019-02-22T13:00:00Z').getTime()
const setTimer = (id: string, timer: TimerState) => setLive(({ timers }) => ({ timers: { ...timers, timers: { ...timers.timers, [id]: timer } } }))
const running = (minutes: number, startedAt: number) => transition(idleTimer(minutes * 60_000), { type: 'start' }, startedAt)

describe('TimerPage', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: T0 })
    resetLive()
  })
  afterEach(() => vi.useRealTimers())

  it('shows a timer from the data with its question and the facilitator\'s controls', () => {
    const wrapper = mount(TimerPage, { props: { id: 'netvaerk-refleksion' } })
    expect(wrapper.text()).toContain('Refleksion')
    expect(wrapper.text()).toContain('Fælles refleksion')
    const countdown = wrapper.get('[data-testid="countdown"]')
    expect(countdown.attributes()).toMatchObject({ 'data-timer-id': 'netvaerk-refleksion', 'data-state': 'idle', 'data-remaining-ms': '300000' })
    expect(wrapper.findAll('button[data-action]').map(b => b.attributes('data-action'))).toEqual(['start', 'pause', 'add-minute', 'reset'])
    expect(wrapper.text()).toContain('← Forrige spørgsmål')
    expect(wrapper.text()).toContain('Næste spørgsmål →')
  })

  it('without an id follows the timer started last', async () => {
    const wrapper = mount(TimerPage)
    expect(wrapper.text()).toContain('Ingen timer er startet endnu')
    setTimer('sidemand-2', running(5, T0))
    setLive(({ timers }) => ({ timers: { ...timers, lastStartedId: 'sidemand-2' } }))
    await flushPromises()
    expect(wrapper.get('[data-testid="countdown"]').attributes('data-timer-id')).toBe('sidemand-2')
    expect(wrapper.get('[data-testid="countdown"]').attributes('data-state')).toBe('running')
  })

  it('knows a timer that is only on a slide once it has been started, and says so when it is unknown', () => {
    setTimer('pause', running(15, T0))
    expect(mount(TimerPage, { props: { id: 'pause' } }).get('[data-testid="countdown"]').attributes('data-remaining-ms')).toBe('900000')
    expect(mount(TimerPage, { props: { id: 'kaffe' } }).text()).toContain('ingen timer med navnet "kaffe"')
  })

  it('on an unknown timer offers the timers running now and /timer', () => {
    setTimer('netvaerk-refleksion', running(5, T0))
    const ways = mount(TimerPage, { props: { id: 'kaffe' } }).get('[data-testid="timer-way-on"]').findAll('a')
    expect(ways.map(a => [a.text(), a.attributes('href')])).toEqual([
      ['Drøftelse ved bordene · Refleksion kører →', '/timer/netvaerk-refleksion'],
      ['Vis timeren, der senest blev startet →', '/timer'],
    ])
  })

  it('points a table still on question 1 to the question the presenter has started', () => {
    setTimer('netvaerk-viden', { ...running(5, T0), status: 'paused', pausedAt: T0 + 1000 })
    setTimer('netvaerk-refleksion', running(5, T0 + 2000))
    const wrapper = mount(TimerPage, { props: { id: 'netvaerk-viden' } })
    expect(wrapper.get('.sk-timer-page__moved').attributes('href')).toBe('/timer/netvaerk-refleksion')
  })
})
