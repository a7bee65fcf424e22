import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { deck as faellesOmLedelse } from '../../data/faelles-om-ledelse/index.ts'
import type { LiveDeck } from '../../lib/live/apply.ts'
import { simulateCrowd } from '../../tests/support/survey-crowd.ts'
import { LiveServer } from '../support/live/live-server.ts'
import { loadSurveyDeck } from '../support/survey-deck.ts'
import { main } from './main.ts'

async function run(...argv: string[]) {
  const out = { stdout: '', stderr: '' }
  const code = await main(argv, { stdout: (text) => { out.stdout += text }, stderr: (text) => { out.stderr += text } })
  return { code, ...out }
}

const root = mkdtempSync(join(tmpdir(), 'seminar-survey-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))
const deck: LiveDeck = { timers: new Map(), schedule: { slots: [] } as unknown as LiveDeck['schedule'], seminarDate: '2019-02-22' }
const survey = loadSurveyDeck(faellesOmLedelse)!

describe('seminar survey', () => {
  const state = join(root, 'state')
  const out = join(root, 'export')
  const live = new LiveServer({ deck, survey, dir: state, secret: 'hemmelig-nok', warn: () => {} })
  const tokens = live.participantTokens()
  const crowd = simulateCrowd(survey.members, survey.partners.length, { absent: 4, declining: 3, seed: 7 })
  for (const [id, behaviour] of crowd) {
    if (behaviour.kind === 'declined')
      live.answerSurvey(id, { type: 'decline' })
    if (behaviour.kind === 'answered') {
      if (behaviour.first)
        live.answerSurvey(id, behaviour.first)
      live.answerSurvey(id, behaviour.final)
    }
  }

  it('exports the answers so that `seminar network` gives the figures the room saw', async () => {
    await vi.waitFor(() => expect(existsSync(join(state, 'survey-answers.json'))).toBe(true))
    // Let the latest write land before reading (writes are asynchronous, latest wins).
    await vi.waitFor(() => expect(Object.keys(JSON.parse(readFileSync(join(state, 'survey-answers.json'), 'utf8')).answers)).toHaveLength(36))
    const exported = await run('survey', 'export', '--out', out, '--state', state)
    expect(exported).toMatchObject({ code: 0, stderr: '' })
    expect(exported.stdout).toContain('33 af 40 har svaret')
    const network = await run('network', join(out, 'members.csv'), join(out, 'relations.csv'), '--external', join(out, 'external.csv'), '--json')
    expect(network.code).toBe(0)
    const figures = JSON.parse(network.stdout)
    const results = live.snapshot().state.surveyResults!
    expect(results).toMatchObject({ members: 40, answered: 33, declined: 3, rate: 0.825, named: false })
    expect(figures.respondents).toBe(results.answered)
    for (const key of ['ties', 'possibleTies', 'density', 'reciprocity', 'coreFit', 'components', 'external'] as const)
      expect(figures[key], key).toEqual(results.view.figures[key])
    expect(figures.core).toHaveLength(results.view.diagram.nodes.filter(node => node.group === 'core').length)
    // Excel's UTF-8 mark first (lib/csv/write-csv.ts), then the header our reader expects.
    expect(readFileSync(join(out, 'members.csv'), 'utf8').split('\r\n')[0]).toBe('\uFEFFid,name,department,responded')
  })

  it('refuses an --out that is where the survey is read from, and a missing --out', async () => {
    expect((await run('survey', 'export', '--out', state, '--state', state)).code).toBe(2)
    expect((await run('survey', 'export', '--state', state)).code).toBe(2)
    expect((await run('survey', 'export', '--out', out, '--deck', '../x', '--state', state)).code).toBe(2)
  })

  it('refuses a tampered answers file with one line, never a stack trace', async () => {
    const bad = join(root, 'bad')
    mkdirSync(bad)
    writeFileSync(join(bad, 'survey-answers.json'), '{"answers":{"m01":{"status":"answered","ties":"all"}}}')
    const result = await run('survey', 'export', '--out', join(root, 'bad-out'), '--state', bad)
    expect(result.code).toBe(1)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toContain('survey-answers.json')
    expect(existsSync(join(root, 'bad-out'))).toBe(false)
  })

  it('deletes every answer and personal code, says what it removed, and leaves nothing of them on disk', async () => {
    const facilitator = live.credentials.facilitatorToken('facilitators')
    const phone = live.credentials.signIn({ token: tokens[0]!.token })!
    await vi.waitFor(() => expect(readFileSync(join(state, 'credentials.json'), 'utf8')).toContain(phone.sessionId))
    // What a server stopped mid-write leaves behind.
    writeFileSync(join(state, '.survey-answers.json.0a1b2c.tmp'), '{"answers":{"m01":{"status":"declined"}}}')
    const removed = await run('survey', 'delete', '--state', state)
    expect(removed.code).toBe(0)
    expect(removed.stdout).toContain('.survey-answers.json.0a1b2c.tmp')
    expect(removed.stdout).toContain('33 besvarelser og 3 "nej tak"')
    expect(removed.stdout).toContain('survey-codes.key: de personlige koder (på navneskiltene og /survey-codes) virker ikke længere')
    expect(removed.stdout).toContain('Fjernede 1 login med personlige koder')
    // The codes are derived from the key: without it, none can be made again.
    expect(existsSync(join(state, 'survey-codes.key'))).toBe(false)
    const left = readdirSync(state).map(name => readFileSync(join(state, name), 'utf8')).join('\n')
    for (const token of tokens)
      expect(left).not.toContain(token.token)
    expect(left).not.toContain(phone.sessionId)
    expect(left).not.toContain('answered')
    expect(left).not.toContain('declined')
    expect(left).toContain(facilitator.token)
    expect((await run('survey', 'delete', '--state', state)).stdout).toContain('Der var ingen svar')
  })
})
