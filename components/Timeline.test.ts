import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { phases } from '../data/faelles-om-ledelse/phases.ts'
import Timeline from './Timeline.vue'

function states(wrapper: ReturnType<typeof mount>) {
  return wrapper.findAll('[data-testid="phase"]').map(phase => `${phase.attributes('data-phase')}:${phase.attributes('data-state')}`)
}

describe('Timeline', () => {
  it('shows the four phases with periods, seminars, Handling and Aktivitet, phase 3 current on 22 February 2019', () => {
    const wrapper = mount(Timeline)
    expect(states(wrapper)).toEqual(['1:done', '2:done', '3:current', '4:upcoming'])
    const third = wrapper.get('[data-phase="3"]')
    expect(third.get('.period').text()).toBe('februar 2019 – august 2019')
    expect(third.get('.seminar').text()).toBe('Fælles seminar 22. februar: Grænsekrydsende samarbejde (fælles sprog og viden).')
    expect(third.text()).toContain('Handling: Træne lederskabet på udvalgt tema (øvebane).')
    expect(third.text()).toContain('Aktivitet: Jobbesøg hos hinanden')
    expect(third.text()).toContain('Vi er her')
    expect(wrapper.get('[data-phase="1"]').findAll('ul li').map(li => li.text())).toEqual([...phases[0]!.items])
    expect(wrapper.get('[data-phase="4"]').get('.period').text()).toBe('august 2019 – december 2019')
  })

  it('marks the phase of another date', () => {
    expect(states(mount(Timeline, { props: { date: '2019-08-30' } }))).toEqual(['1:done', '2:done', '3:done', '4:current'])
  })
})
