import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import { resetLive } from '../tests/support/fake-live.ts'
import { useLiveState } from '../composables/useLiveState.ts'
import Insights from './Insights.vue'

const placement = { presenterSlide: ref(false), activePresenterSlide: ref(false) }
vi.mock('../composables/useLiveState.ts', async () => (await import('../tests/support/fake-live.ts')).fakeLiveModule)
vi.mock('../composables/useSession.ts', async () => (await import('../tests/support/fake-live.ts')).fakePresenterSessionModule)
vi.mock('../composables/useTimerPlacement.ts', () => ({ useTimerPlacement: () => placement }))

enableAutoUnmount(afterEach)

const post = (table: number, text: string) => useLiveState().send({ type: 'insight.post', table, round: 'visionsledelse', text })

describe('Insights', () => {
  beforeEach(() => {
    resetLive()
    placement.presenterSlide.value = false
  })

  it('shows the audience approved insights only, never a pending or hidden one', async () => {
    const slide = mount(Insights, { props: { round: 'visionsledelse' } })
    await post(2, 'Afventer godkendelse')
    await post(5, 'Bliver skjult')
    await flushPromises()
    expect(slide.findAll('[data-testid="insight"]')).toHaveLength(0)
    expect(slide.text()).not.toContain('Afventer godkendelse')
    await useLiveState().send({ type: 'insight.hide', id: 'visionsledelse-5' })
    await useLiveState().send({ type: 'insight.approve', id: 'visionsledelse-2' })
    await flushPromises()
    expect(slide.findAll('[data-testid="insight"]').map(item => item.text())).toEqual(['Bord 2 Afventer godkendelse'])
    expect(slide.text()).not.toContain('Bliver skjult')
  })

  it('marks itself empty until an insight is approved, so the handout leaves an empty slide out', async () => {
    const slide = mount(Insights, { props: { round: 'visionsledelse' } })
    await post(3, 'Endnu ikke godkendt')
    await flushPromises()
    expect(slide.get('[data-testid="insights"]').attributes()).toHaveProperty('data-live-empty')
    await useLiveState().send({ type: 'insight.approve', id: 'visionsledelse-3' })
    await flushPromises()
    expect(slide.get('[data-testid="insights"]').attributes()).not.toHaveProperty('data-live-empty')
  })

  it('lists every insight in the presenter\'s copy, with approve and hide', async () => {
    placement.presenterSlide.value = true
    await post(4, 'Ny pointe')
    const moderation = mount(Insights, { props: { round: 'visionsledelse' } })
    const item = moderation.get('[data-testid="insight-pending"]')
    expect(item.attributes('data-status')).toBe('pending')
    await item.get('button[data-action="approve-insight"]').trigger('click')
    await flushPromises()
    expect(moderation.get('[data-testid="insight-pending"]').attributes('data-status')).toBe('approved')
    expect(moderation.find('button[data-action="approve-insight"]').exists()).toBe(false)
  })
})
