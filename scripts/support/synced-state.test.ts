import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { syncedServerState } from './synced-state.ts'

let dir: string
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'seminarkit-state-')) })
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('syncedServerState', () => {
  it('starts each key from its default and saves changes of its own keys only', async () => {
    const { state, onChanged } = syncedServerState({ timers: { timers: {}, lastStartedId: null } }, { persist: true, dir })
    expect(state).toEqual({ timers: { timers: {}, lastStartedId: null } })
    onChanged('nav', { page: 3 })
    onChanged('timers', { timers: { a: { status: 'running' } }, lastStartedId: 'a' })
    await vi.waitFor(() => expect(JSON.parse(readFileSync(join(dir, 'timers.json'), 'utf8')).lastStartedId).toBe('a'))
    expect(() => readFileSync(join(dir, 'nav.json'))).toThrow()
  })

  it('restores saved keys over their defaults on the next start', () => {
    writeFileSync(join(dir, 'timers.json'), JSON.stringify({ timers: { a: { status: 'paused' } } }))
    const { state } = syncedServerState({ timers: { timers: {}, lastStartedId: null }, programme: { items: {} } }, { persist: true, dir })
    expect(state).toEqual({ timers: { timers: { a: { status: 'paused' } }, lastStartedId: null }, programme: { items: {} } })
  })

  it('writes the newest data last when changes come in a burst', async () => {
    const { onChanged } = syncedServerState({ timers: {} }, { persist: true, dir })
    for (let i = 1; i <= 20; i++)
      onChanged('timers', { n: i })
    await vi.waitFor(() => expect(JSON.parse(readFileSync(join(dir, 'timers.json'), 'utf8'))).toEqual({ n: 20 }))
  })

  it('warns about a damaged file and starts from the default', () => {
    writeFileSync(join(dir, 'timers.json'), '{"timers": ')
    const warn = vi.fn()
    const { state } = syncedServerState({ timers: { timers: {} } }, { persist: true, dir, warn })
    expect(state.timers).toEqual({ timers: {} })
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/timers\.json: not valid JSON/))
  })

  it('neither reads nor writes for a static build', async () => {
    writeFileSync(join(dir, 'timers.json'), JSON.stringify({ timers: { a: {} } }))
    const { state, onChanged } = syncedServerState({ timers: { timers: {} } }, { persist: false, dir })
    expect(state.timers).toEqual({ timers: {} })
    onChanged('timers', { timers: { b: {} } })
    await new Promise(resolve => setTimeout(resolve, 50))
    expect(JSON.parse(readFileSync(join(dir, 'timers.json'), 'utf8'))).toEqual({ timers: { a: {} } })
  })
})
