import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { computed, reactive, ref } from 'vue'
import { emptyProgrammeState, type ProgrammeState, type Rehearsal } from '../lib/programme/index.ts'
import { liveState, resetLive, setLive } from '../tests/support/fake-live.ts'
import Programme from './Programme.vue'

const mode = { print: ref(false), presenter: ref(false) }
let rehearsal: Rehearsal | undefined

vi.mock('../composables/useSlideMode.ts', () => ({
  useSlideMode: () => ({ isPrint: computed(() => mode.print.value), isPresenter: computed(() => mode.presenter.value) }),
}))
vi.mock('../composables/useProgrammeOnScreen.ts', () => ({ useProgrammeOnScreen: () => {} }))
vi.mock('../composables/useRehearsalTime.ts', () => ({ useRehearsalTime: () => rehearsal }))
vi.mock('../composables/useLiveState.ts', async () => (await import('../tests/support/fake-live.ts')).fakeLiveModule)
vi.mock('../composables/useSession.ts', async () => (await import('../tests/support/fake-live.ts')).fakePresenterSessionModule)

function at(hours: number, minutes: number, day = 22) {
  vi.setSystemTime(new Date(2019, 1, day, hours, minutes))
  // Mounted components read the clock once a second.
  vi.advanceTimersByTime(1000)
}

function states(wrapper: ReturnType<typeof mount>) {
  return wrapper.findAll('[data-testid="agenda-item"]').map(row => `${row.attributes('data-item-id')}:${row.attributes('data-state')}`)
}

beforeEach(() => {
  vi.useFakeTimers()
  mode.print.value = false
  mode.presenter.value = false
  rehearsal = undefined
  resetLive()
})
afterEach(() => vi.useRealTimers())

describe('Programme', () => {
  it('on the seminar day at 10.05 marks the 09.45 item current, the first done, the rest upcoming', () => {
    at(10, 5)
    const wrapper = mount(Programme)
    expect(states(wrapper)).toEqual([
      'visionsledelse:done',
      'forskning:current',
      'relationer:upcoming',
      'graenselandet:upcoming',
      'afrunding:upcoming',
      'blixen:upcoming',
    ])
    const delta = wrapper.get('[data-testid="schedule-delta"]')
    expect(delta.attributes('data-delta-min')).toBe('0')
    expect(delta.text()).toBe('Til tiden')
    expect(wrapper.text()).toContain('Forventet slut 13.30')
    expect(wrapper.findAll('[data-testid="agenda-break"]').map(row => row.findAll('td').map(td => td.text()).join(' '))).toEqual(['09.30 – 09.45 Pause', '11.15 – 11.30 Pause'])
  })

  it('shows the seed\'s headings and times', () => {
    at(10, 5)
    const wrapper = mount(Programme)
    expect(wrapper.findAll('th').map(th => th.text())).toEqual(['Tid', 'Programpunkt'])
    expect(wrapper.findAll('[data-testid="agenda-item"] td.time').at(-1)?.text()).toBe('13.30 –')
  })

  it('with the first item recorded 10 minutes late, reads +10 behind and the new expected times', () => {
    at(10, 5)
    setLive(({ programme }) => ({ programme: { ...programme, starts: [{ id: 'visionsledelse', at: 9 * 60 + 10 }] } }))
    const wrapper = mount(Programme)
    const delta = wrapper.get('[data-testid="schedule-delta"]')
    expect(delta.attributes('data-delta-min')).toBe('10')
    expect(delta.text()).toBe('10 min. bagud')
    expect(wrapper.get('[data-item-id="forskning"] .range').text()).toBe('09.55 – 11.25')
    expect(wrapper.get('[data-item-id="forskning"] .planned').text()).toBe('plan 09.45 – 11.15')
    expect(wrapper.text()).toContain('Forventet slut 13.40')
    expect(wrapper.text()).toContain('Rundvisning på \'Blixen\' kl. 13.30 nås ikke (10 min. for sent)')
  })

  it('20 minutes late, the rows\' times read forward: breaks and items shifted alike', () => {
    at(10, 30)
    setLive(({ programme }) => ({ programme: { ...programme, starts: [{ id: 'visionsledelse', at: 9 * 60 }, { id: 'forskning', at: 10 * 60 + 5 }] } }))
    const wrapper = mount(Programme)
    const times = wrapper.findAll('tbody tr .range').map(range => range.text())
    expect(times).toEqual(['09.00 – 09.30', '09.30 – 10.05', '10.05 – 11.35', '11.35 – 11.50', '11.50 – 12.35', '12.35 – 13.45', '13.45 – 13.50', '13.50 –'])
    expect(wrapper.get('[data-item-id="relationer"] .planned').text()).toBe('plan 11.30 – 12.15')
    expect(wrapper.find('[data-item-id="visionsledelse"] .planned').exists()).toBe(false)
  })

  it('ahead of time reads "min. foran"', () => {
    at(9, 5)
    setLive(({ programme }) => ({ programme: { ...programme, starts: [{ id: 'visionsledelse', at: 8 * 60 + 55 }] } }))
    const delta = mount(Programme).get('[data-testid="schedule-delta"]')
    expect([delta.attributes('data-delta-min'), delta.text()]).toEqual(['-5', '5 min. foran'])
  })

  it('on another day shows the plain table, every item upcoming, no delta', () => {
    at(10, 5, 21)
    const wrapper = mount(Programme)
    expect(states(wrapper).every(s => s.endsWith(':upcoming'))).toBe(true)
    expect(wrapper.find('[data-testid="schedule-delta"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="agenda-break"]').exists()).toBe(false)
  })

  it('in print shows the plain table even on the day', () => {
    at(10, 5)
    mode.print.value = true
    const wrapper = mount(Programme)
    expect(wrapper.findAll('tbody tr')).toHaveLength(6)
    expect(states(wrapper).every(s => s.endsWith(':upcoming'))).toBe(true)
    expect(wrapper.find('[data-testid="schedule-delta"]').exists()).toBe(false)
    expect(wrapper.find('button').exists()).toBe(false)
  })

  it('rehearses any day from the given time', () => {
    at(20, 0, 3)
    rehearsal = { at: 10 * 60 + 5, sinceMs: Date.now() }
    const wrapper = mount(Programme)
    expect(wrapper.get('[data-item-id="forskning"]').attributes('data-state')).toBe('current')
    expect(wrapper.text()).toContain('Prøve · kl. 10.05')
  })

  it('the presenter marks an item started now; the delta follows; reset forgets it', async () => {
    at(9, 12)
    mode.presenter.value = true
    const wrapper = mount(Programme)
    await wrapper.get('button[data-action="mark-start"][data-item-id="visionsledelse"]').trigger('click')
    expect(liveState().programme.starts).toEqual([{ id: 'visionsledelse', at: 9 * 60 + 12 }])
    expect(wrapper.get('[data-testid="schedule-delta"]').attributes('data-delta-min')).toBe('12')
    expect(wrapper.get('[data-item-id="visionsledelse"] .recorded').text()).toBe('09.12')
    at(9, 50)
    await wrapper.get('button[data-action="mark-start"][data-item-id="forskning"]').trigger('click')
    // Marking an earlier item again means the day is back there: later marks go.
    at(9, 52)
    await wrapper.get('button[data-action="mark-start"][data-item-id="visionsledelse"]').trigger('click')
    expect(liveState().programme.starts).toEqual([{ id: 'visionsledelse', at: 9 * 60 + 52 }])
    await wrapper.get('button[data-action="reset-starts"]').trigger('click')
    expect(liveState().programme.starts).toEqual([])
    at(9, 12)
    await wrapper.get('button[data-action="mark-start"][data-item-id="visionsledelse"]').trigger('click')
    await wrapper.get('button[data-action="reset-starts"]').trigger('click')
    expect(liveState().programme.starts).toEqual([])
    expect(wrapper.get('[data-testid="schedule-delta"]').attributes('data-delta-min')).toBe('0')
  })

  it('rehearsal marks go to their own list', async () => {
    at(20, 0, 3)
    rehearsal = { at: 9 * 60 + 3, sinceMs: Date.now() }
    mode.presenter.value = true
    const wrapper = mount(Programme)
    await wrapper.get('button[data-action="mark-start"][data-item-id="visionsledelse"]').trigger('click')
    expect(liveState().programme.rehearsalStarts).toEqual([{ id: 'visionsledelse', at: 9 * 60 + 3 }])
    expect(liveState().programme.starts).toEqual([])
  })

  it('the presenter switches the indicator on every slide', async () => {
    at(10, 5)
    mode.presenter.value = true
    const wrapper = mount(Programme)
    await wrapper.get('button[data-action="toggle-indicator"]').trigger('click')
    expect(liveState().programme.indicator).toBe(false)
  })

  it('on another day tells the presenter why there are no ▶ nu buttons and offers a rehearsal', () => {
    at(10, 5, 21)
    mode.presenter.value = true
    const wrapper = mount(Programme)
    expect(wrapper.find('button[data-action="mark-start"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="off-day"]').text()).toContain('vises kun på seminardagen, 22. februar 2019')
    const rehearse = wrapper.get('a[data-action="rehearse"]')
    expect(rehearse.text()).toBe('Øv dagen som om klokken er 09.00')
    expect(new URL(rehearse.attributes('href')!).searchParams.get('at')).toBe('09.00')
    mode.presenter.value = false
    expect(mount(Programme).find('[data-testid="off-day"]').exists()).toBe(false)
  })

  it('has no controls outside the presenter view', () => {
    at(10, 5)
    expect(mount(Programme).find('button').exists()).toBe(false)
  })

  it('with catch-up recoveries applied, the day is shorter', () => {
    at(10, 30)
    setLive(({ programme }) => ({ programme: { ...programme, starts: [{ id: 'visionsledelse', at: 9 * 60 }, { id: 'forskning', at: 10 * 60 + 5 }], recoveries: [{ kind: 'shorten-break', slot: 'pause-1115', from: 15, to: 5, saves: 10 }, { kind: 'shorten-questions', slot: 'relationer', round: 'netvaerk', saves: 6, questions: [{ id: 'viden', from: 5, to: 3 }, { id: 'refleksion', from: 5, to: 3 }, { id: 'handling', from: 5, to: 3 }] }] } }))
    const wrapper = mount(Programme)
    expect(wrapper.text()).toContain('Forventet slut 13.34')
    expect(wrapper.get('[data-item-id="relationer"] .range').text()).toBe('11.40 – 12.19')
  })
})
