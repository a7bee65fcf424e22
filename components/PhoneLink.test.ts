import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { computed, ref } from 'vue'
import PhoneLink from './PhoneLink.vue'

const mode = { presenter: ref(true) }
const remote = ref(false)
const link = ref<string>()

vi.mock('../composables/useSlideMode.ts', () => ({
  useSlideMode: () => ({ isPrint: computed(() => false), isPresenter: computed(() => mode.presenter.value) }),
}))
vi.mock('../composables/useSession.ts', () => ({ useSession: () => ({ remote, role: ref('presenter'), may: () => true, signIn: async () => undefined }) }))
vi.mock('../composables/useTimerLink.ts', () => ({ useTimerLink: () => link }))

beforeEach(() => {
  mode.presenter.value = true
  remote.value = false
  link.value = undefined
})

describe('PhoneLink', () => {
  it('without --remote says how to let phones in', async () => {
    const wrapper = mount(PhoneLink)
    expect(wrapper.find('[data-testid="remote-needed"]').exists()).toBe(false)
    await wrapper.get('button[data-action="toggle-phone-link"]').trigger('click')
    expect(wrapper.get('[data-testid="remote-needed"]').text()).toContain('npm start -- --remote=<kodeord>')
  })

  it('with --remote shows the phone link and its QR code on demand', async () => {
    remote.value = true
    link.value = 'http://192.168.1.20:3030/timer?token=abc'
    const wrapper = mount(PhoneLink)
    await wrapper.get('button[data-action="toggle-phone-link"]').trigger('click')
    expect(wrapper.get('[data-testid="phone-link-href"]').attributes('href')).toBe(link.value)
    expect(wrapper.get('.code').html()).toContain('<svg')
  })

  it('is not on the projector', () => {
    mode.presenter.value = false
    expect(mount(PhoneLink).find('[data-testid="phone-link"]').exists()).toBe(false)
  })
})
