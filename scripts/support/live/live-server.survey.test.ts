import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { LiveDeck } from '../../../lib/live/apply.ts'
import type { SurveyDeck } from '../../../lib/survey/survey.ts'
import { LiveServer } from './live-server.ts'
import { participantToken, readSurveyKey, SURVEY_KEY_FILE } from './survey-codes.ts'

const deck: LiveDeck = { timers: new Map(), schedule: { slots: [] } as unknown as LiveDeck['schedule'], seminarDate: '2019-02-22' }
const survey: SurveyDeck = {
  members: ['Ida Holm', 'Bo Lund', 'Eva Kjær', 'Ole Dahl', 'Mia Berg'].map((name, i) => ({ id: `m${i + 1}`, name, department: i < 2 ? 'Kultur' : 'Teknik' })),
  partners: ['Regioner', 'Borgere'],
  gate: 0.8,
  names: true,
}
const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach(dir => rmSync(dir, { recursive: true, force: true })))

function server(options: { secret?: string, dir?: string } = {}): LiveServer {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'seminarkit-survey-'))
  dirs.push(dir)
  return new LiveServer({ deck, survey, dir, secret: options.secret, warn: () => {} })
}

describe('the live survey on the server', () => {
  it('gives each member one personal token, and a token answers only for its member', () => {
    const live = server({ secret: 'hemmelig-nok' })
    const tokens = live.participantTokens()
    expect(tokens.map(t => t.memberId)).toEqual(['m1', 'm2', 'm3', 'm4', 'm5'])
    expect(new Set(tokens.map(t => t.token)).size).toBe(5)
    expect(live.participantTokens().map(t => t.token)).toEqual(tokens.map(t => t.token))
    const session = live.credentials.signIn({ token: tokens[1]!.token })!
    expect(session.access.role).toBe('participant')
    expect(live.credentials.participantOf(session.sessionId)).toBe('m2')
    expect(live.credentials.roleOf(session.sessionId)).toBe('participant')
    expect(live.run({ type: 'survey.close' }, { role: 'participant' })).toMatchObject({ ok: false, status: 403 })
  })

  it('derives the codes from the state folder\'s key, as `seminar badges` prints them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seminarkit-survey-'))
    // The badges are printed before the server starts; the server then accepts their codes.
    const printed = participantToken(readSurveyKey(dir), 'm3')
    const live = server({ secret: 'hemmelig-nok', dir })
    expect(live.participantTokens()[2]).toEqual({ memberId: 'm3', token: printed, name: 'Eva Kjær', department: 'Teknik' })
    expect(live.credentials.participantOf(live.credentials.signIn({ token: printed })!.sessionId)).toBe('m3')
    // Deleting the key (what `seminar survey delete` does) retires every printed code.
    rmSync(join(dir, SURVEY_KEY_FILE))
    expect(server({ secret: 'hemmelig-nok', dir }).credentials.signIn({ token: printed })).toBeUndefined()
  })

  it('refuses ties to oneself or to strangers and answers after the survey is closed', () => {
    const live = server()
    expect(live.answerSurvey('m1', { type: 'answer', ties: ['m1'], external: [1, 2] })).toMatchObject({ ok: false, status: 400 })
    expect(live.answerSurvey('m1', { type: 'answer', ties: ['x9'], external: [1, 2] })).toMatchObject({ ok: false, status: 400 })
    expect(live.answerSurvey('m1', { type: 'answer', ties: ['m2'], external: [1] })).toMatchObject({ ok: false, status: 400 })
    expect(live.answerSurvey('m1', { type: 'answer', ties: ['m2'], external: [1, 6] })).toMatchObject({ ok: false, status: 400 })
    expect(live.answerSurvey('m1', { type: 'answer', ties: ['m2'], external: [1, null], extra: 1 })).toMatchObject({ ok: false, status: 400 })
    expect(live.answerSurvey('m1', { type: 'answer', ties: ['m2'], external: [1, null] })).toMatchObject({ ok: true })
    expect(live.run({ type: 'survey.close' }, { role: 'presenter' })).toMatchObject({ ok: true })
    expect(live.answerSurvey('m1', { type: 'decline' })).toMatchObject({ ok: false, status: 409 })
    expect(live.participantView('m1')!.answer).toEqual({ status: 'answered', ties: ['m2'], external: [1, null] })
  })

  it('shows no name and no member id below the gate, names at the gate when the deck opts in', () => {
    const live = server()
    live.answerSurvey('m1', { type: 'answer', ties: ['m2', 'm3'], external: [3, null] })
    live.answerSurvey('m2', { type: 'answer', ties: ['m1'], external: [2, 4] })
    live.answerSurvey('m3', { type: 'decline' })
    const below = JSON.stringify(live.snapshot())
    for (const member of survey.members) {
      expect(below).not.toContain(member.name)
      expect(below).not.toContain(`"${member.id}"`)
    }
    expect(live.snapshot().state.surveyResults).toMatchObject({ members: 5, answered: 2, declined: 1, rate: 0.4, named: false })
    live.answerSurvey('m3', { type: 'answer', ties: ['m1'], external: [null, null] })
    live.answerSurvey('m4', { type: 'answer', ties: [], external: [null, null] })
    const at = live.snapshot().state.surveyResults!
    expect(at).toMatchObject({ rate: 0.8, named: true })
    expect(at.view.diagram.nodes.map(node => node.name)).toContain('Ida Holm')
  })

  it('keeps the answers in their own file, out of the broadcast state files', async () => {
    const live = server()
    live.answerSurvey('m1', { type: 'answer', ties: ['m2'], external: [5, 5] })
    live.run({ type: 'survey.source', source: 'live' }, { role: 'presenter' })
    const dir = dirs[0]!
    // Writes are asynchronous (latest wins): wait for them, within a bound.
    await vi.waitFor(() => {
      expect(JSON.parse(readFileSync(join(dir, 'survey-answers.json'), 'utf8'))).toEqual({ answers: { m1: { status: 'answered', ties: ['m2'], external: [5, 5] } } })
      expect(JSON.parse(readFileSync(join(dir, 'survey.json'), 'utf8'))).toEqual({ closed: false, source: 'live' })
    }, { timeout: 5000 })
  })
})
