import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { deck } from 'virtual:seminarkit/deck'
import Bullets from './Bullets.vue'
import Md from './Md.vue'
import RankingShift from './RankingShift.vue'
import SessionTitle from './SessionTitle.vue'

describe('<Md>', () => {
  it('shows the markdown of a deck\'s text as rendered at build time', () => {
    // The fixture deck's question "Hvornår arbejder du **grænsekrydsende**?".
    const text = deck.rounds.find(round => round.id === 'sidemand')!.questions[0]!.text
    expect(mount(Md, { props: { text } }).html()).toContain('du <strong>grænsekrydsende</strong>?')
  })

  it('never lets HTML in data through', () => {
    const html = mount(Md, { props: { text: '<img src=x onerror=alert(1)>' } }).html()
    expect(html).not.toContain('<img')
    expect(html).toContain('&lt;img')
  })
})

describe('<Bullets>', () => {
  it('nests sub-points under their bullet', () => {
    const wrapper = mount(Bullets, { props: { items: ['Et', { text: 'To', points: ['a', 'b'] }], ordered: true } })
    expect(wrapper.element.tagName).toBe('OL')
    expect(wrapper.findAll(':scope > li')).toHaveLength(2)
    expect(wrapper.findAll('li li').map(li => li.text())).toEqual(['a', 'b'])
  })
})

describe('<SessionTitle>', () => {
  it('names the speaker as the seed does', () => {
    const wrapper = mount(SessionTitle, {
      props: { seminar: { title: 'Fælles om Ledelse', organisation: 'Aarhus Kommune' }, session: { title: 'Velkommen', speaker: 'Henrik Seiding' } },
    })
    expect(wrapper.find('h1').text()).toBe('Velkommen')
    expect(wrapper.text()).toContain('v. Henrik Seiding')
  })
})

describe('<RankingShift>', () => {
  const priorities = {
    title: 'T',
    left: { heading: 'Politikerne', items: ['Sætte retning', 'Skabe resultater', 'Skabe følgeskab'] },
    right: { heading: 'Fokus', items: ['Skabe følgeskab', 'Sætte retning', 'Skabe resultater'] },
  }

  it('lists the second ranking in its own order, with each item\'s move in words and arrows', () => {
    const wrapper = mount(RankingShift, { props: { priorities } })
    const columns = wrapper.findAll('ol.column')
    expect(columns[1]!.findAll('li').map(li => li.text())).toEqual([
      '1. Skabe følgeskab ▲ 2',
      '2. Sætte retning ▼ 1',
      '3. Skabe resultater ▼ 1',
    ])
    expect(wrapper.findAll('line')).toHaveLength(3)
  })
})
