import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { computed, nextTick, reactive, ref } from 'vue'
import { emptyProgrammeState, type ProgrammeState } from '../lib/programme/index.ts'
import { liveState, resetLive, setLive } from '../tests/support/fake-live.ts'
import AgendaIndicator from './AgendaIndicator.vue'

const print = ref(false)
const presenter = ref(false)
const onScreen = ref(false)
const slideItem = ref<string | undefined>(undefined)

vi.mock('../composables/useSlideMode.ts', () => ({
  useSlideMode: () => ({ isPrint: computed(() => print.value), isPresenter: computed(() => presenter.value) }),
}))
vi.mock('../composables/useSlideProgrammeItem.ts', () => ({ useSlideProgrammeItem: () => computed(() => slideItem.value) }))
vi.mock('../composables/useProgrammeOnScreen.ts', () => ({ programmeOnScreen: computed(() => onScreen.value) }))
vi.mock('../composables/useRehearsalTime.ts', () => ({ useRehearsalTime: () => undefined }))
vi.mock('../composables/useLiveState.ts', async () => (await import('../tests/support/fake-live.ts')).fakeLiveModule)
vi.mock('../composables/useSession.ts', async () => (await import('../tests/support/fake-live.ts')).fakePresenterSessionModule)

function at(hours: number, minutes: number, day = 22) {
  vi.setSystemTime(new Date(2019, 1, day, hours, minutes))
}

function parts(wrapper: ReturnType<typeof mount>) {
  return wrapper.get('[data-testid="agenda-indicator"]').findAll('span').map(span => span.text())
}

beforeEach(() => {
  vi.useFakeTimers()
  print.value = false
  presenter.value = false
  onScreen.value = false
  slideItem.value = undefined
  resetLive()
})
afterEach(() => vi.useRealTimers())

describe('AgendaIndicator', () => {
  it('shows the current item and the delta', () => {
    at(10, 5)
    setLive(({ programme }) => ({ programme: { ...programme, starts: [{ id: 'visionsledelse', at: 9 * 60 + 10 }] } }))
    expect(parts(mount(AgendaIndicator))).toEqual(['Nu:', 'Grænsekrydsende samarbejde – indsigter fra forskning og redskaber til praksis', '10 min. bagud'])
  })

  it('in a break names what comes next and when', () => {
    at(9, 35)
    expect(parts(mount(AgendaIndicator))).toEqual(['Pause · næste:', 'Grænsekrydsende samarbejde – indsigter fra forskning og redskaber til praksis kl. 09.45', 'Til tiden'])
  })

  it('is absent on another day, in print, and when switched off', () => {
    at(10, 5, 21)
    expect(mount(AgendaIndicator).find('[data-testid="agenda-indicator"]').exists()).toBe(false)
    at(10, 5)
    print.value = true
    expect(mount(AgendaIndicator).find('[data-testid="agenda-indicator"]').exists()).toBe(false)
    print.value = false
    setLive(({ programme }) => ({ programme: { ...programme, indicator: false } }))
    expect(mount(AgendaIndicator).find('[data-testid="agenda-indicator"]').exists()).toBe(false)
  })

  it('steps aside on the slide that shows the whole programme', () => {
    at(10, 5)
    onScreen.value = true
    expect(mount(AgendaIndicator).find('[data-testid="agenda-indicator"]').exists()).toBe(false)
  })

  it('the key "a" switches it off and on, but not while typing', async () => {
    at(10, 5)
    const wrapper = mount(AgendaIndicator, { attachTo: document.body })
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }))
    await nextTick()
    expect(liveState().programme.indicator).toBe(false)
    expect(wrapper.find('[data-testid="agenda-indicator"]').exists()).toBe(false)
    const input = document.createElement('input')
    document.body.append(input)
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }))
    expect(liveState().programme.indicator).toBe(false)
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'A' }))
    await nextTick()
    expect(wrapper.find('[data-testid="agenda-indicator"]').exists()).toBe(true)
    wrapper.unmount()
    input.remove()
  })

  it('in the presenter view, on a slide that opens an item, offers to mark it started', async () => {
    at(9, 12)
    slideItem.value = 'visionsledelse'
    expect(mount(AgendaIndicator).find('[data-action="mark-start"]').exists()).toBe(false)
    presenter.value = true
    const wrapper = mount(AgendaIndicator)
    const offer = wrapper.get('button[data-action="mark-start"]')
    expect([offer.attributes('data-item-id'), offer.text()]).toEqual(['visionsledelse', '▶ „Erfaringer med aktiv visionsledelse“ begyndte nu'])
    await offer.trigger('click')
    expect(liveState().programme.starts).toEqual([{ id: 'visionsledelse', at: 9 * 60 + 12 }])
    expect(wrapper.find('[data-action="mark-start"]').exists()).toBe(false)
  })
})
