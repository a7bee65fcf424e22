import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import { renderIn } from '../tests/support/component-setup.ts'
import { liveState, resetLive, setLive } from '../tests/support/fake-live.ts'
import Countdown from './Countdown.vue'

const mode = vi.hoisted(() => ({ print: false, presenterSlide: false }))
const chime = vi.hoisted(() => ({ calls: 0 }))

vi.mock('../composables/useLiveState.ts', async () => (await import('../tests/support/fake-live.ts')).fakeLiveModule)
vi.mock('../composables/useServerClock.ts', async () => (await import('../tests/support/fake-live.ts')).fakeServerClockModule)
vi.mock('../composables/useSession.ts', async () => (await import('../tests/support/fake-live.ts')).fakePresenterSessionModule)
vi.mock('../composables/useSlideMode.ts', () => ({ useSlideMode: () => ({ isPrint: ref(mode.print), isPresenter: ref(mode.presenterSlide) }) }))
vi.mock('../composables/useTimerPlacement.ts', () => ({
  useTimerPlacement: () => ({ presenterSlide: ref(mode.presenterSlide), activePresenterSlide: ref(mode.presenterSlide) }),
}))
vi.mock('../composables/useChime.ts', () => ({ playChime: () => { chime.calls++ } }))

enableAutoUnmount(afterEach)

const T0 = new Date('2019-02-22T10:00:00Z').getTime()

function hooks(wrapper: ReturnType<typeof mount>) {
  const root = wrapper.get('[data-testid="countdown"]')
  return { state: root.attributes('data-state'), remaining: Number(root.attributes('data-remaining-ms')), phase: root.attributes('data-phase'), text: wrapper.find('.sk-countdown__digits').text() }
}

async function act(wrapper: ReturnType<typeof mount>, action: string) {
  await wrapper.get(`button[data-action="${action}"]`).trigger('click')
  await flushPromises()
}

/** Moves the clock on, then lets one refresh tick run (thousands of ticks would be slow). */
async function jump(ms: number) {
  vi.setSystemTime(Date.now() + ms - 100)
  await vi.advanceTimersByTimeAsync(100)
}

describe('Countdown', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: T0 })
    resetLive()
    mode.print = false
    mode.presenterSlide = true
    chime.calls = 0
  })
  afterEach(() => {
    vi.useRealTimers()
    document.body.innerHTML = ''
  })

  it('exposes the contract hooks: id, state and the planned time while idle', () => {
    const wrapper = mount(Countdown, { props: { id: 'netvaerk-viden', minutes: 5 } })
    expect(wrapper.get('[data-testid="countdown"]').attributes('data-timer-id')).toBe('netvaerk-viden')
    expect(hooks(wrapper)).toMatchObject({ state: 'idle', remaining: 300_000, text: '5:00' })
  })

  it('counts down from the wall clock, refreshing at least 4 times a second', async () => {
    const wrapper = mount(Countdown, { props: { id: 'a', minutes: 5 } })
    await act(wrapper, 'start')
    expect(liveState().timers.timers.a?.startedAt).toBe(T0)
    const seen = new Set<number>()
    for (let i = 0; i < 4; i++) {
      await vi.advanceTimersByTimeAsync(250)
      seen.add(hooks(wrapper).remaining)
    }
    expect(seen.size).toBe(4)
    expect(hooks(wrapper)).toMatchObject({ state: 'running', remaining: 299_000, text: '4:59' })
  })

  it('pauses, resumes, adds a minute and resets', async () => {
    const wrapper = mount(Countdown, { props: { id: 'a', minutes: 5 } })
    await act(wrapper, 'start')
    await jump(10_000)
    await act(wrapper, 'pause')
    await jump(60_000)
    expect(hooks(wrapper)).toMatchObject({ state: 'paused', remaining: 290_000 })
    expect(wrapper.get('button[data-action="start"]').text()).toBe('Fortsæt')
    await act(wrapper, 'start')
    await act(wrapper, 'add-minute')
    expect(hooks(wrapper)).toMatchObject({ state: 'running', remaining: 350_000 })
    await act(wrapper, 'reset')
    expect(hooks(wrapper)).toMatchObject({ state: 'idle', remaining: 300_000 })
  })

  it('turns amber at 20 % left, red at 5 %, and shows overtime as +m:ss with a negative remaining time', async () => {
    const wrapper = mount(Countdown, { props: { id: 'b', minutes: 10 } })
    await act(wrapper, 'start')
    await jump(8 * 60_000)
    expect(hooks(wrapper).phase).toBe('warning')
    expect(wrapper.get('[data-testid="countdown"]').classes()).toContain('sk-countdown--warning')
    await jump(90_000)
    expect(hooks(wrapper).phase).toBe('critical')
    await jump(30_000 + 83_000)
    expect(hooks(wrapper)).toMatchObject({ state: 'finished', remaining: -83_000, phase: 'overtime', text: '+1:23' })
  })

  it('shows controls only in the presenter\'s slide or when asked, never on the projector', () => {
    mode.presenterSlide = false
    expect(mount(Countdown, { props: { id: 'a', minutes: 5 } }).findAll('button[data-action]')).toHaveLength(0)
    const phone = mount(Countdown, { props: { id: 'a', minutes: 5, controls: true } })
    expect(phone.findAll('button[data-action]').map(b => b.attributes('data-action'))).toEqual(['start', 'pause', 'add-minute', 'reset'])
  })

  it('says why when the server refuses a button, in the deck\'s language', async () => {
    const wrapper = mount(Countdown, { props: { id: 'not-in-the-deck', minutes: 5 } })
    await act(wrapper, 'start')
    expect(hooks(wrapper).state).toBe('idle')
    expect(wrapper.get('[role="alert"]').text()).toMatch(/^Der er ingen timer "not-in-the-deck" i denne præsentation; kendte: /)
    // The same refusal on an English deck.
    renderIn('en')
    const english = mount(Countdown, { props: { id: 'not-in-the-deck', minutes: 5 } })
    await act(english, 'reset')
    expect(english.get('[role="alert"]').text()).toMatch(/^no timer "not-in-the-deck" in this deck; known: /)
  })

  it('prints the planned duration instead of a clock', () => {
    mode.print = true
    const wrapper = mount(Countdown, { props: { id: 'a', minutes: 10 } })
    expect(wrapper.text()).toBe('10 min.')
    expect(wrapper.get('[data-testid="countdown"]').attributes('data-state')).toBe('idle')
    expect(wrapper.find('button').exists()).toBe(false)
  })

  it('answers the presenter\'s keys s, + and Shift+R, but not while typing', async () => {
    const wrapper = mount(Countdown, { props: { id: 'a', minutes: 5 }, attachTo: document.body })
    const press = async (key: string, target: EventTarget = window) => {
      target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }))
      await flushPromises()
    }
    await press('s')
    expect(hooks(wrapper).state).toBe('running')
    await press('+')
    expect(hooks(wrapper).remaining).toBe(360_000)
    const input = document.body.appendChild(document.createElement('input'))
    await press('s', input)
    expect(hooks(wrapper).state).toBe('running')
    await press('R')
    expect(hooks(wrapper).state).toBe('idle')
  })

  it('chimes once when it reaches zero, only when the chime is on', async () => {
    mount(Countdown, { props: { id: 'quiet', minutes: 1 } })
    const loud = mount(Countdown, { props: { id: 'loud', minutes: 1, chime: true } })
    await act(loud, 'start')
    setLive(({ timers }) => ({ timers: { ...timers, timers: { ...timers.timers, quiet: timers.timers.loud! } } }))
    await jump(59_000)
    expect(chime.calls).toBe(0)
    await jump(2_000)
    expect(chime.calls).toBe(1)
  })
})
