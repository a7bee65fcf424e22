import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { computed, ref } from 'vue'
import type { Media } from '../lib/schema/common.ts'
import MediaSlide from './MediaSlide.vue'

const mode = { print: ref(false), presenter: ref(false) }
const present = new Map<string, string>()

vi.mock('../composables/useSlideMode.ts', () => ({
  useSlideMode: () => ({ isPrint: computed(() => mode.print.value), isPresenter: computed(() => mode.presenter.value) }),
}))
vi.mock('../composables/useMedia.ts', () => ({
  useMedia: (media: () => Media) => computed(() => {
    const path = `data/faelles-om-ledelse/media/${media().file}`
    return { url: present.get(path), path }
  }),
}))

const clip: Media = { title: 'Klip', caption: 'Videoklip: fremtidens Aarhus Kommune.', kind: 'video', file: 'klip.mp4' }
const picture: Media = { title: 'Billede', caption: 'Billede fra oplægget.', kind: 'image', file: 'billede.jpg' }

const occurrences = (text: string, part: string) => text.split(part).length - 1

beforeEach(() => {
  mode.print.value = false
  mode.presenter.value = false
  present.clear()
})

describe('MediaSlide', () => {
  it('without the file shows one clean card with the caption once, and no frame', () => {
    const wrapper = mount(MediaSlide, { props: { media: clip } })
    expect(wrapper.get('[data-testid="media"]').attributes('data-state')).toBe('card')
    expect(occurrences(wrapper.text(), clip.caption)).toBe(1)
    expect(wrapper.find('video').exists()).toBe(false)
    expect(wrapper.find('.hint').exists()).toBe(false)
  })

  it('tells the presenter where the missing file belongs', () => {
    mode.presenter.value = true
    expect(mount(MediaSlide, { props: { media: clip } }).get('.hint').text()).toBe('Filen mangler: læg den i data/faelles-om-ledelse/media/klip.mp4, så vises den her.')
  })

  it('with the file plays the video, the caption once under it', () => {
    present.set('data/faelles-om-ledelse/media/klip.mp4', '/media/klip.mp4')
    const wrapper = mount(MediaSlide, { props: { media: clip } })
    expect(wrapper.get('video').attributes('src')).toBe('/media/klip.mp4')
    expect(occurrences(wrapper.text(), clip.caption)).toBe(1)
  })

  it('on paper a video is its card, a picture is the picture', () => {
    mode.print.value = true
    present.set('data/faelles-om-ledelse/media/klip.mp4', '/media/klip.mp4')
    present.set('data/faelles-om-ledelse/media/billede.jpg', '/media/billede.jpg')
    expect(mount(MediaSlide, { props: { media: clip } }).get('[data-testid="media"]').attributes('data-state')).toBe('card')
    const image = mount(MediaSlide, { props: { media: picture } })
    expect(image.get('img').attributes()).toMatchObject({ src: '/media/billede.jpg', alt: picture.caption })
  })
})
