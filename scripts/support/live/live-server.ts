import { createHmac, randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { PairsResult } from '../../../lib/grouping/pairs.ts'
import { refusalFor, type Access } from '../../../lib/live/access.ts'
import { applyCommand, type LiveDeck } from '../../../lib/live/apply.ts'
import { parseCommand, type Command, type CommandResult } from '../../../lib/live/commands.ts'
import { LIVE_PATHS } from '../../../lib/live/protocol.ts'
import { refusal } from '../../../lib/live/refusal.ts'
import { stripJpegMetadata } from '../../../lib/photo/jpeg.ts'
import { commitFiles } from '../atomic-write.ts'
import { defaultLiveState, LIVE_KEYS, LiveStateSchemas, type LiveSnapshot, type LiveState } from '../../../lib/live/state.ts'
import { checkSubmission, emptyAnswers, surveyResults, SurveyAnswersSchema, type SurveyAnswer, type SurveyAnswers, type SurveyDeck, type SurveyMember } from '../../../lib/survey/survey.ts'
import { MODERATED_KEYS, ROOM, viewFor } from '../../../lib/live/view.ts'
import { latestWins, readStateFile } from '../state-files.ts'
import { Credentials, CredentialsSchema, emptyCredentials } from './credentials.ts'
import { memberOfToken, participantToken, readSurveyKey, type ParticipantCode } from './survey-codes.ts'
import { ephemeralKey, readTableKey, tableOfToken } from './table-tokens.ts'

/** The answers file in the state folder: personal data, never broadcast (docs/security.md). */
export const SURVEY_ANSWERS_FILE = 'survey-answers.json'

/** What a participant's phone gets: the survey as it concerns them, never anyone else's answers. */
export interface ParticipantView {
  memberId: string
  /** The other members, to tick. */
  members: SurveyMember[]
  partners: string[]
  answer: SurveyAnswer | null
  closed: boolean
}

export interface LiveServerOptions {
  deck: LiveDeck
  /** The deck's live survey; undefined when the deck has none. */
  survey?: SurveyDeck
  /** The deck's visit pairs for a seed, drawn with its survey's ties; undefined without participants. */
  visitPairs?: (seed: number) => PairsResult
  /** Where state is kept; undefined keeps it in memory only (a static build, tests). */
  dir: string | undefined
  /** The presenter's secret from `--remote=<secret>`; undefined on loopback. */
  secret: string | undefined
  warn: (message: string) => void
  /** The server's clock; a test may pass its own. */
  now?: () => number
}

/**
 * The live state of the day, owned here (Ontime's model): clients send commands, this
 * applies the pure transition with the server's clock, persists and tells its listeners.
 * Independent of the transport: the Vite plugin carries commands over HTTP and the result
 * over Vite's websocket; another transport could carry the same commands.
 */
export class LiveServer {
  readonly credentials: Credentials
  private state: LiveState
  private version = 0
  private moderatedVersion = 0
  private readonly boot = randomBytes(6).toString('hex')
  private readonly listeners = new Set<(snapshot: LiveSnapshot) => void>()
  private readonly writers: Partial<Record<string, (data: unknown) => void>> = {}
  private readonly now: () => number
  /** Photos of a server without a state folder. */
  private readonly photos = new Map<string, Uint8Array>()
  private answers: SurveyAnswers
  /** A secret per server start: below the gate, anonymous nodes are ordered by it, not by who they are. */
  private readonly shuffleKey = randomBytes(16)

  constructor(private readonly options: LiveServerOptions) {
    this.now = options.now ?? Date.now
    const { dir, warn } = options
    const defaults = defaultLiveState()
    this.state = defaults
    if (dir !== undefined) {
      this.state = {
        timers: readStateFile(join(dir, 'timers.json'), LiveStateSchemas.timers, () => defaults.timers, warn),
        programme: readStateFile(join(dir, 'programme.json'), LiveStateSchemas.programme, () => defaults.programme, warn),
        grouping: readStateFile(join(dir, 'grouping.json'), LiveStateSchemas.grouping, () => defaults.grouping, warn),
        tables: readStateFile(join(dir, 'tables.json'), LiveStateSchemas.tables, () => defaults.tables, warn),
        insights: readStateFile(join(dir, 'insights.json'), LiveStateSchemas.insights, () => defaults.insights, warn),
        photos: readStateFile(join(dir, 'photos.json'), LiveStateSchemas.photos, () => defaults.photos, warn),
        survey: readStateFile(join(dir, 'survey.json'), LiveStateSchemas.survey, () => defaults.survey, warn),
        surveyResults: null,
        visitPairs: null,
      }
    }
    this.answers = dir === undefined || !options.survey ? emptyAnswers() : readStateFile(join(dir, SURVEY_ANSWERS_FILE), SurveyAnswersSchema, emptyAnswers, warn)
    this.state = { ...this.state, surveyResults: this.results(), visitPairs: this.pairs() }
    const credentials = dir === undefined ? emptyCredentials() : readStateFile(join(dir, 'credentials.json'), CredentialsSchema, emptyCredentials, warn)
    // Keys are read (or made) when first needed: a deck without tables or survey makes none.
    let tableKey: string | undefined
    this.credentials = new Credentials(options.secret, credentials, data => this.save('credentials', data), {
      table: token => tableOfToken(tableKey ??= dir === undefined ? ephemeralKey() : readTableKey(dir), token),
      member: token => memberOfToken(this.codes(), token),
    })
  }

  private surveyCodes: ParticipantCode[] | undefined

  /** Every survey member's personal code, derived from the state folder's survey key. */
  private codes(): ParticipantCode[] {
    const { survey, dir } = this.options
    if (!survey)
      return []
    if (!this.surveyCodes) {
      const key = dir === undefined ? ephemeralKey() : readSurveyKey(dir)
      this.surveyCodes = survey.members.map(member => ({ memberId: member.id, token: participantToken(key, member.id) }))
    }
    return this.surveyCodes
  }

  /** The state as `access` may see it (lib/live/view.ts); the room's view without a credential. */
  snapshot(access: Access = ROOM): LiveSnapshot {
    return { boot: this.boot, version: this.version, moderatedVersion: this.moderatedVersion, state: viewFor(this.state, access) }
  }

  /** Called with the room's view after every change: a listener broadcasts it to every client. */
  onChange(listener: (snapshot: LiveSnapshot) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Validates, authorises and applies one command from a client with `access`. */
  run(body: unknown, access: Access): CommandResult {
    const parsed = parseCommand(body)
    if (!parsed.ok)
      return parsed
    const { command } = parsed
    if (command.type === 'photo.add')
      return refusal(400, 'photoRoute', { path: LIVE_PATHS.photo })
    return this.apply(command, access)
  }

  /**
   * Keeps a table's photo: its metadata (EXIF, GPS) stripped, the file written before the
   * photo is listed, so every listed photo can be shown.
   */
  async addPhoto(table: number, jpeg: Uint8Array, access: Access): Promise<CommandResult> {
    const id = `${table}-${this.now()}`
    const command: Command = { type: 'photo.add', table, id }
    const refused = refusalFor(access, command)
    if (refused)
      return refused
    const stripped = stripJpegMetadata(jpeg)
    if (!stripped.ok)
      return stripped
    if (this.options.dir === undefined)
      this.photos.set(id, stripped.bytes)
    else
      await commitFiles([{ path: join(this.options.dir, 'photos', `${id}.jpg`), data: stripped.bytes }])
    return this.apply(command, access)
  }

  /** A listed photo's bytes, when `access` may see it; else undefined. */
  photo(id: string, access: Access): Uint8Array | undefined {
    if (!viewFor(this.state, access).photos.items.some(photo => photo.id === id))
      return undefined
    if (this.options.dir === undefined)
      return this.photos.get(id)
    try {
      return readFileSync(join(this.options.dir, 'photos', `${id}.jpg`))
    }
    catch {
      return undefined
    }
  }

  private apply(command: Command, access: Access): CommandResult {
    const refused = refusalFor(access, command)
    if (refused)
      return refused
    const applied = applyCommand(this.state, command, this.now(), this.options.deck)
    if (!applied.ok)
      return applied
    if (applied.state !== this.state) {
      const before = this.state
      this.state = applied.state
      if (applied.state.grouping.pairs.seed !== before.grouping.pairs.seed)
        this.state = { ...this.state, visitPairs: this.pairs() }
      for (const key of LIVE_KEYS) {
        if (applied.state[key] !== before[key])
          this.save(key, applied.state[key])
      }
      this.publish(MODERATED_KEYS.some(key => applied.state[key] !== before[key]))
    }
    return { ok: true, version: this.version }
  }

  /** The survey for the member a participant token stands for; undefined when that member is not in it. */
  participantView(memberId: string): ParticipantView | undefined {
    const { survey } = this.options
    if (!survey || !survey.members.some(member => member.id === memberId))
      return undefined
    return {
      memberId,
      members: survey.members.filter(member => member.id !== memberId),
      partners: [...survey.partners],
      answer: this.answers.answers[memberId] ?? null,
      closed: this.state.survey.closed,
    }
  }

  /** A participant's whole answer (or "declined"), for their own member id only. */
  answerSurvey(memberId: string, body: unknown): CommandResult {
    const { survey } = this.options
    if (!survey || !survey.members.some(member => member.id === memberId))
      return refusal(404, 'noSurvey')
    if (this.state.survey.closed)
      return refusal(409, 'surveyClosed')
    const checked = checkSubmission(survey, memberId, body)
    if (!checked.ok)
      return checked
    this.answers = { answers: { ...this.answers.answers, [memberId]: checked.answer } }
    this.save(SURVEY_ANSWERS_FILE.replace(/\.json$/, ''), this.answers)
    this.state = { ...this.state, surveyResults: this.results() }
    this.publish(false)
    return { ok: true, version: this.version }
  }

  /** Every member's personal code with their name and department (presenter only: the plugin checks). */
  participantTokens(): (ParticipantCode & Pick<SurveyMember, 'name' | 'department'>)[] {
    const members = this.options.survey?.members ?? []
    return this.codes().map((code, i) => ({ ...code, name: members[i]!.name, department: members[i]!.department }))
  }

  private pairs() {
    return this.options.visitPairs?.(this.state.grouping.pairs.seed) ?? null
  }

  private results() {
    const { survey } = this.options
    if (!survey)
      return null
    return surveyResults(survey, this.answers, id => createHmac('sha256', this.shuffleKey).update(id).digest('hex'))
  }

  private publish(moderated: boolean): void {
    this.version += 1
    if (moderated)
      this.moderatedVersion = this.version
    const snapshot = this.snapshot(ROOM)
    this.listeners.forEach(listener => listener(snapshot))
  }

  private save(name: string, data: unknown): void {
    const { dir, warn } = this.options
    if (dir === undefined)
      return
    const write = this.writers[name] ??= latestWins(join(dir, `${name}.json`), warn)
    write(data)
  }
}
