import { enableAutoUnmount, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick, ref } from 'vue'
import { resetLive, setLive } from '../tests/support/fake-live.ts'
import PhotoGallery from './PhotoGallery.vue'

const mode = { isPrint: ref(false), isPresenter: ref(false) }
vi.mock('../composables/useLiveState.ts', async () => (await import('../tests/support/fake-live.ts')).fakeLiveModule)
vi.mock('../composables/useSlideMode.ts', () => ({ useSlideMode: () => mode }))

enableAutoUnmount(afterEach)

describe('PhotoGallery', () => {
  beforeEach(() => {
    resetLive()
    mode.isPrint.value = false
  })

  it('prints the day\'s photos, loaded at once, and marks itself empty without any, so the handout leaves it out', async () => {
    mode.isPrint.value = true
    const gallery = mount(PhotoGallery)
    expect(gallery.get('[data-testid="photo-gallery"]').attributes()).toHaveProperty('data-live-empty')
    setLive(() => ({ photos: { items: [{ id: '2-100', table: 2, at: 100 }, { id: '5-200', table: 5, at: 200 }] } }))
    await nextTick()
    expect(gallery.get('[data-testid="photo-gallery"]').attributes()).not.toHaveProperty('data-live-empty')
    const photos = gallery.findAll('[data-testid="photo"]')
    expect(photos.map(photo => photo.attributes('data-table'))).toEqual(['5', '2'])
    expect(photos.map(photo => photo.get('img').attributes('loading'))).toEqual(['eager', 'eager'])
  })

  it('loads photos lazily on screen', async () => {
    setLive(() => ({ photos: { items: [{ id: '2-100', table: 2, at: 100 }] } }))
    const gallery = mount(PhotoGallery)
    expect(gallery.get('img').attributes('loading')).toBe('lazy')
  })
})
