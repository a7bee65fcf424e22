import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import { liveState, resetLive, sent } from '../tests/support/fake-live.ts'
import { useLiveState } from '../composables/useLiveState.ts'
import TablePage from './TablePage.vue'

// A phone signed in with table 3's card: the server's own transition decides (fake-live).
const session = { remote: ref(true), role: ref('table'), table: ref<number | undefined>(3), may: (type: string) => ['table.ready', 'table.moreTime', 'insight.post'].includes(type), signIn: async () => undefined }
vi.mock('../composables/useLiveState.ts', async () => (await import('../tests/support/fake-live.ts')).fakeLiveModule)
vi.mock('../composables/useServerClock.ts', async () => (await import('../tests/support/fake-live.ts')).fakeServerClockModule)
vi.mock('../composables/useSession.ts', () => ({ useSession: () => session }))
vi.mock('../composables/useSlideMode.ts', () => ({ useSlideMode: () => ({ isPrint: ref(false), isPresenter: ref(false) }) }))
vi.mock('../composables/useTimerPlacement.ts', () => ({ useTimerPlacement: () => ({ presenterSlide: ref(false), activePresenterSlide: ref(false) }) }))

enableAutoUnmount(afterEach)

const start = (timerId: string) => useLiveState().send({ type: 'timer.start', timerId })

describe('TablePage', () => {
  beforeEach(() => {
    resetLive()
    session.role.value = 'table'
    session.table.value = 3
  })

  it('waits for a question, then shows it with its prompts and countdown, without timer controls', async () => {
    const wrapper = mount(TablePage, { props: { table: '3' } })
    expect(wrapper.text()).toContain('Bord 3')
    expect(wrapper.text()).toContain('Ingen drøftelse lige nu')
    await start('netvaerk-viden')
    await flushPromises()
    expect(wrapper.text()).toContain('Samtale om data')
    expect(wrapper.text()).toContain('Hvilken ny viden giver diagrammerne?')
    expect(wrapper.get('[data-testid="countdown"]').attributes()).toMatchObject({ 'data-timer-id': 'netvaerk-viden', 'data-state': 'running' })
    expect(wrapper.findAll('button[data-action]').map(b => b.attributes('data-action'))).toEqual(['table-ready', 'table-more-time'])
  })

  it('sends "Vi er klar" and "2 min. mere" for its own table and shows what it said', async () => {
    await start('netvaerk-viden')
    const wrapper = mount(TablePage, { props: { table: '3' } })
    await wrapper.get('button[data-action="table-more-time"]').trigger('click')
    await flushPromises()
    expect(sent.at(-1)).toEqual({ type: 'table.moreTime', table: 3, timerId: 'netvaerk-viden' })
    expect(wrapper.get('[data-testid="table-status"]').text()).toContain('2 min. mere')
    await wrapper.get('button[data-action="table-ready"]').trigger('click')
    await flushPromises()
    expect(liveState().tables.timers['netvaerk-viden']!.ready).toHaveProperty('3')
    expect(wrapper.get('[data-testid="table-status"]').attributes('data-said')).toBe('ready')
  })

  it('offers no buttons on another table\'s page, nor once the presenter ended the round', async () => {
    await start('netvaerk-viden')
    const other = mount(TablePage, { props: { table: '4' } })
    expect(other.find('button[data-action="table-ready"]').exists()).toBe(false)
    expect(other.text()).toContain('Scan QR-koden på bordkortet')
    await useLiveState().send({ type: 'round.end', timerId: 'netvaerk-viden' })
    const own = mount(TablePage, { props: { table: '3' } })
    expect(own.find('button[data-action="table-ready"]').exists()).toBe(false)
    expect(own.text()).toContain('Oplægsholderen har afsluttet runden')
  })

  it('sends the table\'s insight in a round that collects them, and says when it is shown', async () => {
    await start('netvaerk-viden')
    const noInsights = mount(TablePage, { props: { table: '3' } })
    expect(noInsights.find('[data-testid="insight-draft"]').exists()).toBe(false)
    await start('visionsledelse-1')
    const wrapper = mount(TablePage, { props: { table: '3' } })
    await wrapper.get('[data-testid="insight-draft"]').setValue('  Visionen skal\nfortælles igen  ')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(liveState().insights.items).toMatchObject([{ id: 'visionsledelse-3', text: 'Visionen skal fortælles igen', status: 'pending' }])
    expect(wrapper.get('[data-testid="insight-status"]').attributes('data-status')).toBe('pending')
    await useLiveState().send({ type: 'insight.approve', id: 'visionsledelse-3' })
    await flushPromises()
    expect(wrapper.get('[data-testid="insight-status"]').text()).toContain('vises på skærmen')
  })

  it('shows the phase and its instruction when the round\'s format has several', async () => {
    await start('ideer-samarbejde-pairs')
    const wrapper = mount(TablePage, { props: { table: '3' } })
    expect(wrapper.get('[data-testid="step-instruction"]').text()).toContain('To og to')
    expect(wrapper.get('[data-testid="step-instruction"]').text()).toContain('Del jeres idéer')
    expect(wrapper.get('[data-testid="countdown"]').attributes('data-timer-id')).toBe('ideer-samarbejde-pairs')
    await start('netvaerk-viden')
    await flushPromises()
    expect(wrapper.find('[data-testid="step-instruction"]').exists()).toBe(false)
  })

  it('shows Troika\'s role prompt set apart, with the round of three, while the client turns their back', async () => {
    await start('troika-udfordring-consult-2')
    const wrapper = mount(TablePage, { props: { table: '3' } })
    expect(wrapper.get('[data-testid="step-instruction"]').text()).toContain('Konsulenterne taler')
    expect(wrapper.get('[data-testid="step-cycle"]').text()).toContain('Runde 2 af 3')
    expect(wrapper.get('[data-testid="role-prompt"]').text()).toBe('Klienten: vend ryggen til nu. Lyt, og tag noter.')
    expect(wrapper.get('[data-testid="countdown"]').attributes('data-timer-id')).toBe('troika-udfordring-consult-2')
    await start('troika-udfordring-reflect-2')
    await flushPromises()
    expect(wrapper.get('[data-testid="role-prompt"]').text()).toContain('Klienten: vend dig om igen')
    // A format without roles has no role prompt.
    await start('ideer-samarbejde-pairs')
    await flushPromises()
    expect(wrapper.find('[data-testid="role-prompt"]').exists()).toBe(false)
  })

  it('says so when the address is not a table number', () => {
    expect(mount(TablePage, { props: { table: 'x' } }).text()).toContain('"x" er ikke et bordnummer')
  })
})
