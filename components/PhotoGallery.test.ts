import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import { resetLive, setLive } from '../tests/support/fake-live.ts'
import { useLiveState } from '../composables/useLiveState.ts'
import PhotoGallery from './PhotoGallery.vue'

const placement = { presenterSlide: ref(false), activePresenterSlide: ref(false) }
vi.mock('../composables/useLiveState.ts', async () => (await import('../tests/support/fake-live.ts')).fakeLiveModule)
vi.mock('../composables/useSession.ts', async () => (await import('../tests/support/fake-live.ts')).fakePresenterSessionModule)
const mode = { isPrint: ref(false), isPresenter: ref(false) }
vi.mock('../composables/useSlideMode.ts', () => ({ useSlideMode: () => mode }))
vi.mock('../composables/useTimerPlacement.ts', () => ({ useTimerPlacement: () => placement }))

enableAutoUnmount(afterEach)
afterEach(() => vi.useRealTimers())

// What the upload route sends once the file is stored, at server instant `at`.
function add(table: number, at: number) {
  vi.setSystemTime(at)
  return useLiveState().send({ type: 'photo.add', table, id: `${table}-${at}` })
}

describe('PhotoGallery', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] })
    resetLive()
    placement.presenterSlide.value = false
    mode.isPrint.value = false
  })

  it('shows the audience approved photos only, never a pending or hidden one', async () => {
    const slide = mount(PhotoGallery)
    await add(2, 100)
    await add(5, 200)
    await flushPromises()
    expect(slide.findAll('[data-testid="photo"]')).toHaveLength(0)
    expect(slide.text()).toContain('når de er godkendt')
    await useLiveState().send({ type: 'photo.hide', id: '5-200' })
    await useLiveState().send({ type: 'photo.approve', id: '2-100' })
    await flushPromises()
    expect(slide.findAll('[data-testid="photo"]').map(item => item.attributes('data-table'))).toEqual(['2'])
    expect(slide.get('[data-testid="photo"] img').attributes('src')).toMatch(/\/__seminarkit\/photo\/2-100\.jpg$/)
  })

  it('lists every photo in the presenter\'s copy, newest first, with the same approve and hide as insights', async () => {
    placement.presenterSlide.value = true
    await add(4, 100)
    await add(1, 300)
    const moderation = mount(PhotoGallery)
    expect(moderation.find('[data-testid="photo-gallery"]').exists()).toBe(false)
    const items = moderation.findAll('[data-testid="photo-pending"]')
    expect(items.map(item => item.attributes('data-id'))).toEqual(['1-300', '4-100'])
    expect(items[1]!.get('img').attributes('src')).toMatch(/4-100\.jpg$/)
    await items[1]!.get('button[data-action="approve-photo"]').trigger('click')
    await flushPromises()
    expect(moderation.get('[data-testid="photo-pending"][data-id="4-100"]').attributes('data-status')).toBe('approved')
    expect(moderation.get('[data-testid="photo-pending"][data-id="1-300"]').attributes('data-status')).toBe('pending')
    expect(moderation.find('[data-id="4-100"] button[data-action="approve-photo"]').exists()).toBe(false)
  })

  it('prints the day\'s approved photos, loaded at once, and marks itself empty without any, so the handout leaves it out', async () => {
    mode.isPrint.value = true
    const gallery = mount(PhotoGallery)
    expect(gallery.get('[data-testid="photo-gallery"]').attributes()).toHaveProperty('data-live-empty')
    setLive(() => ({ photos: { items: [
      { id: '2-100', table: 2, at: 100, status: 'approved' },
      { id: '5-200', table: 5, at: 200, status: 'approved' },
      { id: '7-300', table: 7, at: 300, status: 'hidden' },
    ] } }))
    await flushPromises()
    expect(gallery.get('[data-testid="photo-gallery"]').attributes()).not.toHaveProperty('data-live-empty')
    const photos = gallery.findAll('[data-testid="photo"]')
    expect(photos.map(photo => photo.attributes('data-table'))).toEqual(['5', '2'])
    expect(photos.map(photo => photo.get('img').attributes('loading'))).toEqual(['eager', 'eager'])
  })

  it('loads photos lazily on screen', async () => {
    setLive(() => ({ photos: { items: [{ id: '2-100', table: 2, at: 100, status: 'approved' }] } }))
    const gallery = mount(PhotoGallery)
    expect(gallery.get('img').attributes('loading')).toBe('lazy')
  })
})
