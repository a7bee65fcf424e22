import { readFileSync } from 'node:fs'
import { mount } from '@vue/test-utils'
import { nextTick } from 'vue'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { surveyResults, type SurveyAnswers, type SurveyDeck } from '../lib/survey/survey.ts'
import { fakeLiveModule, resetLive, setLive } from '../tests/support/fake-live.ts'
import { analyseNetwork } from '../lib/network/analyse.ts'
import { parseNetworkFiles } from '../lib/network/csv.ts'
import { useForumNetwork } from '../composables/useForumNetwork.ts'
import NetworkDiagram from './NetworkDiagram.vue'

vi.mock('../composables/useLiveState.ts', async () => (await import('../tests/support/fake-live.ts')).fakeLiveModule)

// The fixture deck's survey analysed here, to check what the build handed the browser.
const fixture = (name: string) => ({ file: name, bytes: readFileSync(`tests/fixtures/decks/mini/network/${name}`) })
const analysis = analyseNetwork(parseNetworkFiles({ members: fixture('members.csv'), relations: fixture('relations.csv') }))

describe('NetworkDiagram', () => {
  it('draws one node per member of the forum with its computed group, and every tie', () => {
    const wrapper = mount(NetworkDiagram)
    const svg = wrapper.get('[data-testid="network-diagram"]')
    expect(svg.element.tagName).toBe('svg')
    const nodes = svg.findAll('[data-testid="network-node"]')
    expect(nodes).toHaveLength(analysis.nodes.length)
    expect(nodes.filter(node => node.attributes('data-group') === 'core').length).toBe(analysis.core.length)
    expect(svg.findAll('.links line')).toHaveLength(analysis.links.length)
  })

  it('is anonymous by default, without names or member ids even in its data, and names members only when asked', () => {
    const anonymous = mount(NetworkDiagram)
    expect(anonymous.findAll('title')).toHaveLength(0)
    expect(anonymous.findAll('text.label')).toHaveLength(0)
    const shipped = JSON.stringify(useForumNetwork().forum)
    for (const node of analysis.nodes) {
      expect(anonymous.html()).not.toContain(node.name)
      expect(shipped).not.toContain(node.name)
      expect(shipped).not.toContain(`"${node.id}"`)
    }

    const named = mount(NetworkDiagram, { props: { anonymous: false } })
    const first = analysis.nodes[0]!
    expect(named.get(`[data-id="${first.id}"] title`).text()).toBe(`${first.name}, ${first.department}`)
    expect(named.findAll('text.label')).toHaveLength(analysis.nodes.length)
  })

  it('names nobody in the participant handout, even when a slide asks for names', () => {
    window.history.replaceState(null, '', '/print?handout=1')
    try {
      const handout = mount(NetworkDiagram, { props: { anonymous: false } })
      expect(handout.findAll('title')).toHaveLength(0)
      expect(handout.findAll('text.label')).toHaveLength(0)
    }
    finally {
      window.history.replaceState(null, '', '/')
    }
  })

  it('has a Danish legend with every department and the core and periphery keys', () => {
    const legend = mount(NetworkDiagram).get('.legend').text()
    for (const department of new Set(analysis.nodes.map(node => node.department)))
      expect(legend).toContain(department)
    expect(legend).toContain('Kerne (indre ring)')
    expect(legend).toContain('Periferi (ydre ring)')
    expect(legend).not.toContain('Uundværlig') // the forum has no articulation point
  })

  it('marks the broker of Figur 2 as the one indispensable person', () => {
    const wrapper = mount(NetworkDiagram, { props: { source: 'broker' } })
    expect(wrapper.findAll('circle.articulation').length).toBe(2) // the node's ring and the legend's key
    expect(wrapper.get('.legend').text()).toContain('Uundværlig: binder netværket sammen')
    expect(wrapper.get('svg').attributes('aria-label')).toContain('1 uundværlig')
  })

  it('drops the legend on request and keeps the layout identical across mounts', () => {
    const bare = mount(NetworkDiagram, { props: { legend: false } })
    expect(bare.find('.legend').exists()).toBe(false)
    expect(bare.get('svg').attributes('viewBox')).toBe('0 0 660 660')
    expect(mount(NetworkDiagram).get('g.node circle').attributes()).toEqual(mount(NetworkDiagram).get('g.node circle').attributes())
  })
})

describe('NetworkDiagram on the live survey', () => {
  const deck: SurveyDeck = {
    members: Array.from({ length: 10 }, (_, i) => ({ id: `s${i + 1}`, name: `Navn Nummer${i + 1}`, department: i % 2 ? 'Kultur' : 'Teknik' })),
    partners: ['Regioner'],
    gate: 0.8,
    names: true,
  }
  const answer = (count: number): SurveyAnswers => ({
    answers: Object.fromEntries(deck.members.slice(0, count).map((member, i) => [member.id, { status: 'answered' as const, ties: [deck.members[(i + 1) % 10]!.id, deck.members[(i + 3) % 10]!.id], external: [3] }])),
  })
  const results = (answers: SurveyAnswers) => surveyResults(deck, answers, id => id.split('').reverse().join(''))
  afterEach(resetLive)

  it('shows the sample until the presenter switches to the live survey, then the live network without names below the gate', async () => {
    setLive(() => ({ surveyResults: results(answer(6)) }))
    const wrapper = mount(NetworkDiagram, { props: { anonymous: false } })
    expect(wrapper.findAll('[data-testid="network-node"]')).toHaveLength(analysis.nodes.length)
    await fakeLiveModule.useLiveState().send({ type: 'survey.source', source: 'live' })
    await nextTick()
    const nodes = wrapper.findAll('[data-testid="network-node"]')
    expect(nodes).toHaveLength(10)
    expect(nodes.map(node => node.attributes('data-id')).every(id => /^n\d+$/.test(id!))).toBe(true)
    expect(wrapper.findAll('text.label')).toHaveLength(0)
    expect(wrapper.html()).not.toContain('Nummer')
  })

  it('names people at the gate when the deck opts in and the slide asks for names', async () => {
    setLive(state => ({ survey: { ...state.survey, source: 'live' }, surveyResults: results(answer(8)) }))
    const wrapper = mount(NetworkDiagram, { props: { anonymous: false } })
    expect(wrapper.findAll('text.label')).toHaveLength(10)
    expect(wrapper.get('[data-id="s1"] title').text()).toBe('Navn Nummer1, Teknik')
  })
})
