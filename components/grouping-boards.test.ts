import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { computed, nextTick, ref } from 'vue'
import { readFileSync } from 'node:fs'
import { deck, participants as served } from 'virtual:seminarkit/deck'
import { liveState, resetLive, setLive } from '../tests/support/fake-live.ts'
import { drawPairs, drawTables, drawTeams, parseParticipantsText, type PairsResult } from '../lib/grouping/index.ts'
import TableBoard from './TableBoard.vue'
import TeamBoard from './TeamBoard.vue'
import VisitPairs from './VisitPairs.vue'

const presenter = ref(false)

vi.mock('../composables/useSlideMode.ts', () => ({
  useSlideMode: () => ({ isPrint: computed(() => false), isPresenter: computed(() => presenter.value) }),
}))
vi.mock('../composables/useLiveState.ts', async () => (await import('../tests/support/fake-live.ts')).fakeLiveModule)
vi.mock('../composables/useSession.ts', async () => (await import('../tests/support/fake-live.ts')).fakePresenterSessionModule)

// The fixture's file read here: the boards must draw everyone in it, from what the build served.
const participants = parseParticipantsText('participants.csv', readFileSync(`tests/fixtures/decks/mini/${deck.files.participants!}`, 'utf8'))
const names = participants.map(p => p.name).sort()

beforeEach(() => {
  presenter.value = false
  resetLive()
})

describe('the participants a browser gets', () => {
  it('are the file\'s, parsed at build time, with only the name and department the boards show', () => {
    expect(served).toEqual(participants.map(({ name, department }) => ({ name, department })))
    expect(JSON.stringify(served)).not.toContain('@')
  })
})

describe('TeamBoard', () => {
  it('shows the three teams with their colour in words, facilitator, and every participant once with a role', () => {
    const wrapper = mount(TeamBoard)
    const teams = wrapper.findAll('[data-testid="team"]')
    expect(teams.map(t => t.attributes('data-colour'))).toEqual(['blå', 'rød', 'grøn'])
    deck.teams.colours.forEach((team, index) => {
      expect(teams[index]!.text()).toContain(team.name)
      expect(teams[index]!.text()).toContain(`v. ${team.facilitator}`)
    })
    const members = wrapper.findAll('[data-testid="team-member"]')
    expect(members.map(m => m.find('.person').text()).sort()).toEqual(names)
    expect(new Set(members.map(m => m.attributes('data-role')))).toEqual(new Set(['direktør', 'chef']))
  })

  it('shows exactly what the engine draws for the shared seed', () => {
    setLive(({ grouping }) => ({ grouping: { ...grouping, teams: { seed: 8, previous: [1], highest: 8 } } }))
    const wrapper = mount(TeamBoard)
    const expected = drawTeams(participants, deck.teams.colours, 8, deck.teams.roles).teams
    wrapper.findAll('[data-testid="team"]').forEach((team, index) => {
      expect(team.findAll('[data-testid="team-member"]').map(m => [m.find('.person').text(), m.attributes('data-role')]))
        .toEqual(expected[index]!.members.map(m => [m.name, m.role]))
    })
  })

  it('lets only the presenter redraw, after saying what changes, and undo', async () => {
    expect(mount(TeamBoard).find('[data-action="redraw"]').exists()).toBe(false)
    presenter.value = true
    const wrapper = mount(TeamBoard)
    const before = wrapper.find('[data-testid="team"]').text()
    await wrapper.find('[data-action="redraw"]').trigger('click')
    expect(wrapper.find('[data-testid="redraw"]').text()).toContain('Navneskiltenes bagside passer så ikke længere')
    expect(liveState().grouping.teams.seed).toBe(1)
    await wrapper.find('[data-action="confirm-redraw"]').trigger('click')
    await nextTick()
    expect(liveState().grouping).toMatchObject({ teams: { seed: 2 }, tables: { seed: 1 }, pairs: { seed: 1 } })
    expect(wrapper.find('[data-testid="redraw"]').text()).toContain('Lodtrækning nr. 2')
    expect(wrapper.find('[data-testid="team"]').text()).not.toBe(before)
    await wrapper.find('[data-action="undo-redraw"]').trigger('click')
    await nextTick()
    expect(liveState().grouping.teams.seed).toBe(1)
    expect(wrapper.find('[data-testid="team"]').text()).toBe(before)
  })
})

describe('TableBoard', () => {
  it('numbers the tables and seats everyone once, as the engine does', () => {
    const wrapper = mount(TableBoard)
    const expected = drawTables(participants, 3, 1).tables
    const tables = wrapper.findAll('[data-testid="table"]')
    expect(tables.map(t => t.find('h3').text())).toEqual(expected.map(t => `Bord ${t.number}`))
    expect(tables.map(t => t.findAll('.person').map(p => p.text()))).toEqual(expected.map(t => t.members.map(m => m.name)))
  })
})

describe('VisitPairs', () => {
  it('shows every circle\'s visits by month inside its follow-up group', () => {
    const wrapper = mount(VisitPairs)
    const expected = drawPairs(participants, { seed: 1, months: deck.visits.months })
    const groups = wrapper.findAll('[data-testid="follow-up-group"]')
    expect(groups).toHaveLength(expected.followUp.length)
    expect(groups.map(g => g.findAll('[data-testid="visit-circle"]').length)).toEqual(expected.followUp.map(g => g.length))
    const visits = wrapper.findAll('[data-testid="visit"]')
    expect(visits).toHaveLength(participants.length)
    expect(visits.filter(v => v.attributes('data-month') === 'marts')).toHaveLength(expected.circles.length)
    expect(visits.map(v => v.find('.host').text()).sort()).toEqual(names)
  })

  it('shows the dev server\'s draw of the seed in use, which alone knows the survey\'s ties', async () => {
    const visitsShown = (wrapper: ReturnType<typeof mount>) => wrapper.findAll('[data-testid="visit"]').map(v => v.attributes('title')).sort()
    const titles = (result: PairsResult) => result.visits.map(visit => `${visit.host} → ${visit.guest}`).sort()
    const own = drawPairs(participants, { seed: 1, months: deck.visits.months })
    // A draw for seed 1 that this browser would not make itself.
    const server = { ...drawPairs(participants, { seed: 7, months: deck.visits.months }), seed: 1 }
    expect(titles(server)).not.toEqual(titles(own))
    setLive(() => ({ visitPairs: server }))
    const wrapper = mount(VisitPairs)
    expect(visitsShown(wrapper)).toEqual(titles(server))
    // A draw for another seed than the board's is not shown.
    setLive(() => ({ visitPairs: { ...server, seed: 9 } }))
    await nextTick()
    expect(visitsShown(wrapper)).toEqual(titles(own))
  })
})
