import { describe, expect, it } from 'vitest'
import { defaultLiveState, type Insight, type LiveSnapshot, type LiveState, type Photo } from './state.ts'
import { combineViews, ownViewIsStale, ROOM, seesUnapproved, viewFor } from './view.ts'

const insight = (table: number, status: Insight['status']): Insight => ({ id: `round-${table}`, round: 'round', table, text: `Bord ${table} siger`, at: 1, status })
const photo = (table: number, status: Photo['status']): Photo => ({ id: `${table}-1`, table, at: 1, status })

function day(): LiveState {
  return {
    ...defaultLiveState(),
    insights: { items: [insight(1, 'approved'), insight(2, 'pending'), insight(3, 'hidden')] },
    photos: { items: [photo(1, 'pending'), photo(2, 'approved'), photo(3, 'hidden')] },
  }
}

const tables = (state: LiveState) => ({ insights: state.insights.items.map(item => item.table), photos: state.photos.items.map(item => item.table) })

describe('viewFor', () => {
  it('shows the room, a facilitator and a participant only what the presenter approved', () => {
    for (const access of [ROOM, { role: 'facilitator' }, { role: 'participant' }] as const)
      expect(tables(viewFor(day(), access))).toEqual({ insights: [1], photos: [2] })
  })

  it('shows a table its own items whatever their status, and the presenter everything', () => {
    expect(tables(viewFor(day(), { role: 'table', table: 3 }))).toEqual({ insights: [1, 3], photos: [2, 3] })
    expect(tables(viewFor(day(), { role: 'table', table: 1 }))).toEqual({ insights: [1], photos: [1, 2] })
    expect(viewFor(day(), { role: 'presenter' })).toEqual(day())
  })

  it('leaves every other key as it is', () => {
    const state = day()
    const { insights: _i, photos: _p, ...rest } = viewFor(state, ROOM)
    const { insights: _i2, photos: _p2, ...all } = state
    expect(rest).toEqual(all)
  })

  it('says who sees more than the room', () => {
    expect([ROOM, { role: 'facilitator' }, { role: 'participant' }, { role: 'table', table: 2 }, { role: 'presenter' }].map(access => seesUnapproved(access as never)))
      .toEqual([false, false, false, true, true])
  })
})

describe('combineViews', () => {
  const snapshot = (version: number, state: LiveState, moderatedVersion = 0, boot = 'b'): LiveSnapshot => ({ boot, version, moderatedVersion, state })
  const own = snapshot(4, day())

  it('takes the room\'s shared keys and the own view\'s moderated ones while the own view is older', () => {
    const room = snapshot(5, { ...viewFor(day(), ROOM), grouping: { ...day().grouping, teams: { seed: 7, previous: [1], highest: 7 } } }, 3)
    const shown = combineViews(room, own)
    expect(shown.grouping.teams.seed).toBe(7)
    expect(tables(shown)).toEqual(tables(day()))
    expect(ownViewIsStale(room, own)).toBe(false)
  })

  it('asks for the own view again once a moderated key changed after it, or the server restarted', () => {
    expect(ownViewIsStale(snapshot(5, day(), 5), own)).toBe(true)
    expect(ownViewIsStale(snapshot(1, day(), 0, 'other'), own)).toBe(true)
    expect(ownViewIsStale(snapshot(5, day()), undefined)).toBe(true)
    expect(combineViews(snapshot(1, viewFor(day(), ROOM), 0, 'other'), own)).toEqual(viewFor(day(), ROOM))
  })

  it('shows the own view whole when it is as new as the room\'s', () => {
    expect(combineViews(snapshot(4, viewFor(day(), ROOM)), own)).toBe(own.state)
  })
})
