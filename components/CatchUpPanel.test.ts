import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { computed, reactive, ref } from 'vue'
import { emptyProgrammeState, type ProgrammeState } from '../lib/programme/index.ts'
import { mergePatch } from '../lib/sync/merge-patch.ts'
import { fakeBoard, resetFakeBoard } from '../tests/support/fake-sync.ts'
import CatchUpPanel from './CatchUpPanel.vue'

const mode = { print: ref(false), presenter: ref(true) }
const synced = reactive(emptyProgrammeState()) as ProgrammeState

vi.mock('../composables/useSlideMode.ts', () => ({
  useSlideMode: () => ({ isPrint: computed(() => mode.print.value), isPresenter: computed(() => mode.presenter.value) }),
}))
vi.mock('../composables/useRehearsalTime.ts', () => ({ useRehearsalTime: () => undefined }))
vi.mock('../composables/useTimerBoard.ts', async () => (await import('../tests/support/fake-sync.ts')).fakeTimerBoardModule)
vi.mock('../composables/useProgrammeState.ts', () => ({
  useProgrammeState: () => ({ state: synced, update: (patch: Partial<ProgrammeState>) => mergePatch(synced, patch) }),
}))

function at(hours: number, minutes: number) {
  vi.setSystemTime(new Date(2019, 1, 22, hours, minutes))
  vi.advanceTimersByTime(1000)
}

function options(wrapper: ReturnType<typeof mount>): string[] {
  return wrapper.findAll('[data-testid="catch-up-option"]').map(option => `${option.get('.label').text()} | ${option.get('.saves').text()}`)
}

/** The research talk began 20 minutes late. */
const LATE_20 = [{ id: 'visionsledelse', at: 9 * 60 }, { id: 'forskning', at: 10 * 60 + 5 }]

beforeEach(() => {
  vi.useFakeTimers()
  mode.print.value = false
  mode.presenter.value = true
  Object.assign(synced, emptyProgrammeState())
  resetFakeBoard()
})
afterEach(() => vi.useRealTimers())

describe('CatchUpPanel', () => {
  it('20 minutes late, proposes ways to reach Blixen at 13.30 with the minutes each saves', async () => {
    at(10, 30)
    synced.starts = LATE_20
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

  it('after recoveries, proposes only what is left, from the shortened round', async () => {
    at(10, 30)
    synced.starts = LATE_20
    synced.recoveries = [{ kind: 'shorten-break', slot: 'pause-1115', from: 15, to: 5, saves: 10 }, { kind: 'shorten-questions', slot: 'relationer', round: 'netvaerk', saves: 6, questions: [{ id: 'viden', from: 5, to: 3 }, { id: 'refleksion', from: 5, to: 3 }, { id: 'handling', from: 5, to: 3 }] }]
    const wrapper = mount(CatchUpPanel)
    await wrapper.get('button').trigger('click')
    expect(options(wrapper)).toEqual(['„Drøftelse ved bordene“ kl. 11.40: spring spørgsmål 3 over („De næste bedste skridt“) | sparer 3 min.'])
  })

  it('a round whose timers started is left as it is', async () => {
    at(11, 55)
    synced.starts = [...LATE_20, { id: 'relationer', at: 11 * 60 + 50 }]
    fakeBoard.timers = Object.fromEntries(['netvaerk-viden', 'netvaerk-refleksion', 'netvaerk-handling'].map(id => [id, { status: 'running', durationMs: 300_000, addedMs: 0, startedAt: Date.now(), pausedAt: null, pausedMs: 0 }]))
    const wrapper = mount(CatchUpPanel)
    await wrapper.get('button').trigger('click')
    expect(options(wrapper)).toEqual([])
    expect(wrapper.text()).toContain('Intet at korte af før da')
  })

  it('shows nothing on time, on the projector or in print', () => {
    at(10, 5)
    expect(mount(CatchUpPanel).find('[data-testid="catch-up"]').exists()).toBe(false)
    at(10, 30)
    synced.starts = LATE_20
    mode.presenter.value = false
    expect(mount(CatchUpPanel).find('[data-testid="catch-up"]').exists()).toBe(false)
    mode.presenter.value = true
    mode.print.value = true
    expect(mount(CatchUpPanel).find('[data-testid="catch-up"]').exists()).toBe(false)
  })
})
