import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'

const slidev = vi.hoisted(() => ({ configs: { remote: undefined as string | undefined, title: 'x' } }))
vi.mock('@slidev/client', () => slidev)

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
    slidev.configs.remote = undefined
    expect((await mountQr()).find('[data-testid="timer-qr"]').exists()).toBe(false)
  })

  it('on localhost points phones to the dev server\'s LAN address', async () => {
    slidev.configs.remote = ''
    const fetch = vi.fn(async () => new Response(JSON.stringify({ urls: ['http://192.168.1.20:3030/'] })))
    vi.stubGlobal('fetch', fetch)
    const wrapper = await mountQr()
    expect(fetch).toHaveBeenCalledWith('/__seminarkit/network', { cache: 'no-store' })
    const figure = wrapper.get('[data-testid="timer-qr"]')
    expect(figure.attributes('data-href')).toBe('http://192.168.1.20:3030/timer/netvaerk-viden')
    expect(figure.find('svg').exists()).toBe(true)
  })
})
