import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'

const session = vi.hoisted(() => ({ remote: false }))
const token = vi.hoisted(() => ({ value: undefined as string | undefined }))
vi.mock('../composables/useSession.ts', () => ({ useSession: () => ({ remote: ref(session.remote), role: ref('presenter'), may: () => true }) }))
vi.mock('../composables/useSlideMode.ts', () => ({ useSlideMode: () => ({ isPresenter: ref(true), isPrint: ref(false) }) }))
vi.mock('../composables/useFacilitatorToken.ts', () => ({ useFacilitatorToken: () => ({ token: ref(token.value), reissue: async () => {} }) }))

afterEach(() => {
  vi.unstubAllGlobals()
  vi.resetModules()
})

async function mountQr() {
  const { default: TimerQr } = await import('./TimerQr.vue')
  const wrapper = mount(TimerQr, { props: { timerId: 'netvaerk-viden' } })
  await flushPromises()
  return wrapper
}

describe('TimerQr', () => {
  it('stays away unless the deck runs with --remote', async () => {
    session.remote = false
    expect((await mountQr()).find('[data-testid="timer-qr"]').exists()).toBe(false)
  })

  it('on localhost points phones to the dev server\'s LAN address, with the facilitators\' token', async () => {
    session.remote = true
    token.value = 'tok_123456789'
    const fetch = vi.fn(async () => new Response(JSON.stringify({ urls: ['http://192.168.1.20:3030/'] })))
    vi.stubGlobal('fetch', fetch)
    const wrapper = await mountQr()
    expect(fetch).toHaveBeenCalledWith('/__seminarkit/network', { cache: 'no-store' })
    const figure = wrapper.get('[data-testid="timer-qr"]')
    expect(figure.attributes('data-href')).toBe('http://192.168.1.20:3030/timer/netvaerk-viden?token=tok_123456789')
    expect(figure.find('svg').exists()).toBe(true)
    expect(figure.find('button[data-action="reissue-token"]').exists()).toBe(true)
  })
})
