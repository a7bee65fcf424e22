import { mount } from '@vue/test-utils'
import { computed, nextTick } from 'vue'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { surveyResults, type SurveyDeck } from '../lib/survey/survey.ts'
import { liveState, resetLive, sent, setLive } from '../tests/support/fake-live.ts'
import SurveyPanel from './SurveyPanel.vue'

vi.mock('../composables/useSlideMode.ts', () => ({
  useSlideMode: () => ({ isPrint: computed(() => false), isPresenter: computed(() => true) }),
}))
vi.mock('../composables/useLiveState.ts', async () => (await import('../tests/support/fake-live.ts')).fakeLiveModule)
vi.mock('../composables/useSession.ts', async () => (await import('../tests/support/fake-live.ts')).fakePresenterSessionModule)

const deck: SurveyDeck = {
  members: Array.from({ length: 40 }, (_, i) => ({ id: `s${i}`, name: `N${i}`, department: 'A' })),
  partners: ['Borgere'],
  gate: 0.8,
  names: false,
}

describe('SurveyPanel', () => {
  afterEach(resetLive)

  it('shows the response rate as it grows and switches the slides between sample and live', async () => {
    const answers = (n: number) => ({ answers: Object.fromEntries(deck.members.slice(0, n).map(m => [m.id, { status: 'answered' as const, ties: [], external: [null] }])) })
    setLive(() => ({ surveyResults: surveyResults(deck, answers(12), id => id) }))
    const wrapper = mount(SurveyPanel)
    expect(wrapper.get('.sk-survey-panel__rate').text()).toContain('12 af 40')
    setLive(() => ({ surveyResults: surveyResults(deck, answers(30), id => id) }))
    await nextTick()
    expect(wrapper.get('.sk-survey-panel__rate').text()).toContain('30 af 40')
    expect(wrapper.get('.sk-survey-panel__rate').text()).toContain('75,0 %')
    await wrapper.get('[data-action="survey-live"]').trigger('click')
    await wrapper.get('[data-action="survey-close"]').trigger('click')
    await nextTick()
    expect(sent).toEqual([{ type: 'survey.source', source: 'live' }, { type: 'survey.close' }])
    expect(liveState().survey).toEqual({ closed: true, source: 'live' })
    expect(wrapper.find('[data-action="survey-sample"]').exists()).toBe(true)
  })
})
