import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { computed, ref } from 'vue'
import { liveState, resetLive, setLive } from '../tests/support/fake-live.ts'
import CatchUpPanel from './CatchUpPanel.vue'
import Programme from './Programme.vue'

const mode = { print: ref(false), presenter: ref(true) }

vi.mock('../composables/useSlideMode.ts', () => ({
  useSlideMode: () => ({ isPrint: computed(() => mode.print.value), isPresenter: computed(() => mode.presenter.value) }),
}))
vi.mock('../composables/useRehearsalTime.ts', () => ({ useRehearsalTime: () => undefined }))
vi.mock('../composables/useProgrammeOnScreen.ts', () => ({ useProgrammeOnScreen: () => {} }))
vi.mock('../composables/useLiveState.ts', async () => (await import('../tests/support/fake-live.ts')).fakeLiveModule)
vi.mock('../composables/useSession.ts', async () => (await import('../tests/support/fake-live.ts')).fakePresenterSessionModule)

function at(hours: number, minutes: number) {
  vi.setSystemTime(new Date(2019, 1, 22, hours, minutes))
  vi.advanceTimersByTime(1000)
}

function options(wrapper: ReturnType<typeof mount>): string[] {
  return wrapper.findAll('[data-testid="catch-up-option"]').map(option => `${option.get('.label').text()} | ${option.get('.saves').text()}`)
}

/** The research talk began 20 minutes late. */
function late20() {
  setLive(({ programme }) => ({ programme: { ...programme, starts: [{ id: 'visionsledelse', at: 9 * 60 }, { id: 'forskning', at: 10 * 60 + 5 }] } }))
}

beforeEach(() => {
  vi.useFakeTimers()
  mode.print.value = false
  mode.presenter.value = true
  resetLive()
})
afterEach(() => vi.useRealTimers())

describe('CatchUpPanel', () => {
  it('20 minutes late, proposes ways to reach Blixen at 13.30 with the minutes each saves', async () => {
    at(10, 30)
    late20()
    const wrapper = mount(CatchUpPanel)
    const panel = wrapper.get('[data-testid="catch-up"]')
    expect(panel.attributes('data-late-min')).toBe('20')
    expect(panel.get('button').text()).toBe('⚠ 20 min. for sent til et fast punkt · 3 forslag')
    await panel.get('button').trigger('click')
    expect(wrapper.get('h3').text()).toBe('20 min. at hente ind før Rundvisning på \'Blixen\' kl. 13.30')
    expect(options(wrapper)).toEqual([
      'Pausen kl. 11.35: 5 min. i stedet for 15 | sparer 10 min.',
      '„Drøftelse ved bordene“ kl. 11.50: 3 min. pr. spørgsmål i stedet for 5 | sparer 6 min.',
      '„Drøftelse ved bordene“ kl. 11.50: spring spørgsmål 3 over („De næste bedste skridt“) | sparer 5 min.',
    ])
  })

  it('one tap shortens the programme, the projected end and the round\'s countdowns together', async () => {
    at(10, 30)
    late20()
    const panel = mount(CatchUpPanel)
    const programme = mount(Programme)
    expect(programme.text()).toContain('Forventet slut 13.50')
    await panel.get('button').trigger('click')
    await panel.findAll('button[data-action="apply-catch-up"]')[1]!.trigger('click')
    await flushPromises()
    expect(programme.text()).toContain('Forventet slut 13.44')
    expect(programme.get('[data-item-id="relationer"] .range').text()).toBe('11.50 – 12.29')
    expect(['viden', 'refleksion', 'handling'].map(id => liveState().timers.timers[`netvaerk-${id}`]?.durationMs)).toEqual([180_000, 180_000, 180_000])
    // The list moves on: the round's questions are now 3 minutes each.
    expect(options(panel)).toEqual([
      'Pausen kl. 11.35: 5 min. i stedet for 15 | sparer 10 min.',
      '„Drøftelse ved bordene“ kl. 11.50: spring spørgsmål 3 over („De næste bedste skridt“) | sparer 3 min.',
    ])
  })

  it('a round whose timers started is left as it is', async () => {
    at(11, 55)
    setLive(({ programme }) => ({ programme: { ...programme, starts: [{ id: 'visionsledelse', at: 9 * 60 }, { id: 'forskning', at: 10 * 60 + 5 }, { id: 'relationer', at: 11 * 60 + 50 }] } }))
    setLive(() => ({ timers: { lastStartedId: 'netvaerk-handling', timers: Object.fromEntries(['netvaerk-viden', 'netvaerk-refleksion', 'netvaerk-handling'].map(id => [id, { status: 'running' as const, durationMs: 300_000, addedMs: 0, startedAt: Date.now(), pausedAt: null, pausedMs: 0 }])) } }))
    const wrapper = mount(CatchUpPanel)
    await wrapper.get('button').trigger('click')
    expect(options(wrapper)).toEqual([])
    expect(wrapper.text()).toContain('Intet at korte af før da')
  })

  it('shows nothing on time, on the projector or in print', () => {
    at(10, 5)
    expect(mount(CatchUpPanel).find('[data-testid="catch-up"]').exists()).toBe(false)
    at(10, 30)
    late20()
    mode.presenter.value = false
    expect(mount(CatchUpPanel).find('[data-testid="catch-up"]').exists()).toBe(false)
    mode.presenter.value = true
    mode.print.value = true
    expect(mount(CatchUpPanel).find('[data-testid="catch-up"]').exists()).toBe(false)
  })
})
