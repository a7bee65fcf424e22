import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import * as served from 'virtual:seminarkit/deck'
import { provideDeck } from '../composables/useDeck.ts'
import { createDeckI18n } from '../composables/deckI18n.ts'
import { DeckSchema } from '../lib/schema/deck.ts'
import Timeline from './Timeline.vue'

const { deck } = served

function states(wrapper: ReturnType<typeof mount>) {
  return wrapper.findAll('[data-testid="phase"]').map(phase => `${phase.attributes('data-phase')}:${phase.attributes('data-state')}`)
}

describe('Timeline', () => {
  it('shows the four phases with periods, seminars, Handling and Aktivitet, phase 3 current on 22 February 2019', () => {
    const wrapper = mount(Timeline)
    expect(states(wrapper)).toEqual(['1:done', '2:done', '3:current', '4:upcoming'])
    const third = wrapper.get('[data-phase="3"]')
    expect(third.get('.period').text()).toBe('februar 2019 – august 2019')
    expect(third.get('.seminar').text()).toBe('Seminar 22. februar: Samarbejde.')
    expect(third.text()).toContain('Handling: Træne lederskabet.')
    expect(third.text()).toContain('Aktivitet: Jobbesøg.')
    expect(third.text()).toContain('Vi er her')
    expect(wrapper.get('[data-phase="1"]').findAll('ul li').map(li => li.text())).toEqual([...deck.phases[0]!.items])
    expect(wrapper.get('[data-phase="4"]').get('.period').text()).toBe('august 2019 – december 2019')
  })

  it('marks the phase of another date', () => {
    expect(states(mount(Timeline, { props: { date: '2019-08-30' } }))).toEqual(['1:done', '2:done', '3:done', '4:current'])
  })

  it('speaks an English deck\'s language: its months and labels', () => {
    const raw = { ...deck, slug: 'english', language: 'en' as const, rounds: [] }
    const english = DeckSchema.parse(raw)
    const wrapper = mount(Timeline, {
      global: { plugins: [createDeckI18n('en'), { install: app => provideDeck(app, { ...served, deck: english }) }] },
    })
    const third = wrapper.get('[data-phase="3"]')
    expect(third.get('.period').text()).toBe('February 2019 – August 2019')
    expect(third.text()).toContain('Practice: Træne lederskabet.')
    expect(third.text()).toContain('We are here')
  })
})
