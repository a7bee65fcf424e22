import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { useForumNetwork } from '../composables/useForumNetwork.ts'
import type { NetworkFigures } from '../lib/network/view.ts'
import ExternalRelationsTable from './ExternalRelationsTable.vue'

vi.mock('../composables/useLiveState.ts', async () => (await import('../tests/support/fake-live.ts')).fakeLiveModule)

vi.mock('../composables/useForumNetwork.ts', { spy: true })

describe('ExternalRelationsTable', () => {
  it('shows the seed\'s table and marks the larger value of each column with more than colour', () => {
    const wrapper = mount(ExternalRelationsTable)
    expect(wrapper.findAll('thead th').map(th => th.text())).toEqual(['Kerne', 'Periferi'])
    const rows = wrapper.findAll('tbody tr').map(row => [row.get('th').text(), ...row.findAll('td').map(td => td.text())])
    expect(rows).toEqual([
      ['Andre kommuner', '▲2,86 (højest)', '2,13'],
      ['Regioner', '▲2,88 (højest)', '2,10'],
      ['Ministerier og styrelser', '2,10', '▲2,36 (højest)'],
      ['Virksomheder/erhvervsliv', '2,00', '▲2,36 (højest)'],
      ['Interesseorganisationer', '▲3,00 (højest)', '2,57'],
      ['Uddannelsesinstitutioner', '▲2,33 (højest)', '2,13'],
      ['Borgere', '▲2,20 (højest)', '1,89'],
    ])
    expect(wrapper.findAll('td.larger').every(td => td.find('.marker').exists())).toBe(true)
  })

  it('marks neither value when they are equal, and says so when there is no external file', () => {
    const real = useForumNetwork()
    const withExternal = (external: NetworkFigures['external']) => ({ ...real, forum: { ...real.forum, figures: { ...real.forum.figures, external } } })
    vi.mocked(useForumNetwork).mockReturnValueOnce(withExternal({ partners: ['Borgere'], core: { Borgere: 2 }, periphery: { Borgere: 2 } }))
    expect(mount(ExternalRelationsTable).findAll('[data-larger]')).toHaveLength(0)
    vi.mocked(useForumNetwork).mockReturnValueOnce(withExternal(null))
    expect(mount(ExternalRelationsTable).text()).toContain('Ingen besvarelser om eksterne relationer')
  })
})
