import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import NetworkFacts from './NetworkFacts.vue'

vi.mock('../composables/useLiveState.ts', async () => (await import('../tests/support/fake-live.ts')).fakeLiveModule)

describe('NetworkFacts', () => {
  it('states the seed\'s characterisation, computed from the sample survey', () => {
    const items = mount(NetworkFacts).findAll(':scope > li')
    expect(items.map(item => item.get('strong').text())).toEqual([
      'Tydelig kerne-periferistruktur',
      'Et middeltæt netværk',
      'Kernen er ikke en homogen gruppe',
    ])
    expect(items[0]!.findAll('li').map(li => li.text())).toEqual(['Ingen adskilte grupperinger', 'Ingen er uundværlig!'])
    expect(items[1]!.text()).toContain('611 relationer ud af et teoretisk max. på 1.443 (42,3 % densitet)')
    expect(items[2]!.findAll('li').map(li => li.text())).toEqual(['Medlemmerne i kernen går på tværs af alle 6 magistratsafdelinger'])
  })

  it('says it in the deck\'s words when the deck knows more than the survey', () => {
    const mixedCore = 'Respondenterne i kernen går på tværs af køn, organisatorisk placering og magistratsafdeling'
    const items = mount(NetworkFacts, { props: { mixedCore } }).findAll(':scope > li')
    expect(items[2]!.findAll('li').map(li => li.text())).toEqual([mixedCore])
  })
})
