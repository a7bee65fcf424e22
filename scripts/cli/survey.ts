import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { writeCsv } from '../../lib/csv/write-csv.ts'
import { InputError, UsageError } from '../../lib/errors.ts'
import { translator } from '../../lib/i18n/translate.ts'
import { surveyNetwork, SurveyAnswersSchema, type SurveyAnswers } from '../../lib/survey/survey.ts'
import { commitFiles, writeFileAtomic } from '../support/atomic-write.ts'
import { CredentialsSchema, withoutParticipants } from '../support/live/credentials.ts'
import { SURVEY_ANSWERS_FILE } from '../support/live/live-server.ts'
import { SURVEY_KEY_FILE } from '../support/live/survey-codes.ts'
import { loadSurveyDeck } from '../support/survey-deck.ts'
import { deckDir } from '../support/deck-entry.ts'
import { DECK_OPTION, commandDeck } from './grouping-input.ts'
import { parseCommandArgs, type Command, type CommandOutput } from './command.ts'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

const help = `Usage: seminar survey export --out DIR [--deck SLUG] [--state DIR]
       seminar survey delete [--state DIR]

The live network survey that participants answered on their phones (/survey).

  export    writes DIR/members.csv, DIR/relations.csv and DIR/external.csv in the
            formats "seminar network" and the deck read (all three or none)
  delete    removes every survey answer and the key of the participants' personal codes
            (those on the badges and /survey-codes stop working), and says what it
            removed; stop the dev server first, or it keeps them in memory
  --deck    the deck whose members and partner types the survey used (default: the only deck, else the default deck)
  --state   the dev server's state folder (default SEMINARKIT_STATE_DIR, else .seminarkit/)`

function stateDir(option: string | undefined): string {
  return resolve(option ?? process.env.SEMINARKIT_STATE_DIR ?? join(ROOT, '.seminarkit'))
}

/** A state file validated as the dev server validates it; a bad one is an input error, never a crash. */
function readState<T>(file: string, parse: (value: unknown) => { success: true, data: T } | { success: false, error: { issues: { path: PropertyKey[], message: string }[] } }, fallback: T): T {
  if (!existsSync(file))
    return fallback
  let value: unknown
  try {
    value = JSON.parse(readFileSync(file, 'utf8'))
  }
  catch (error) {
    throw new InputError([{ file, found: `invalid JSON (${(error as Error).message})`, expected: 'the dev server\'s state file' }])
  }
  const parsed = parse(value)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    throw new InputError([{ file, column: issue.path.join('.') || undefined, found: issue.message, expected: 'the dev server\'s state file' }])
  }
  return parsed.data
}

async function exportSurvey(deckOption: string | undefined, state: string, out: string | undefined, output: CommandOutput): Promise<void> {
  if (out === undefined)
    throw new UsageError('export needs --out DIR')
  const target = resolve(out)
  if (existsSync(target) && !statSync(target).isDirectory())
    throw new UsageError(`--out must be a folder; ${out} is a file`)
  const deck = await commandDeck(deckOption)
  const survey = loadSurveyDeck(deck)
  if (!survey)
    throw new UsageError(`the deck "${deck.slug}" has no survey (its index.ts has no \`survey\` block)`)
  const inputs = [state, resolve(deckDir(deck.slug), 'network')]
  if (inputs.includes(target))
    throw new UsageError(`--out ${out} is where the survey is read from; choose another folder`)
  const answers: SurveyAnswers = readState(join(state, SURVEY_ANSWERS_FILE), value => SurveyAnswersSchema.safeParse(value), { answers: {} })
  const network = surveyNetwork(survey, answers)
  const t = translator(deck.language)
  const external = network.external!
  await commitFiles([
    { path: join(target, 'members.csv'), data: writeCsv(['id', 'name', 'department', 'responded'], network.members.map(m => [m.id, m.name, m.department, m.responded ? t('survey.yes') : t('survey.no')])) },
    { path: join(target, 'relations.csv'), data: writeCsv(['from', 'to'], network.relations.map(r => [r.from, r.to])) },
    { path: join(target, 'external.csv'), data: writeCsv(['id', ...external.partners], external.rows.map(row => [row.id, ...row.values.map(v => v === null ? '' : String(v))])) },
  ])
  const respondents = network.members.filter(m => m.responded).length
  output.stdout(t('survey.written', { out, answered: respondents, members: network.members.length, ties: network.relations.length }))
}

async function deleteSurvey(state: string, output: CommandOutput): Promise<void> {
  const lines: string[] = []
  const answersFile = join(state, SURVEY_ANSWERS_FILE)
  if (existsSync(answersFile)) {
    const answers = readState(answersFile, value => SurveyAnswersSchema.safeParse(value), { answers: {} })
    const values = Object.values(answers.answers)
    const answered = values.filter(answer => answer.status === 'answered').length
    rmSync(answersFile)
    lines.push(`Slettede ${answersFile}: ${answered} besvarelser og ${values.length - answered} "nej tak".`)
  }
  // Set-aside copies (an invalid file at start-up) and temporary files of an interrupted
  // write (a server stopped mid-write) hold answers or codes too.
  const holdsAnswers = (name: string) => [SURVEY_ANSWERS_FILE, 'credentials.json'].some(file =>
    name.startsWith(`${file}.invalid-`) || (name.startsWith(`.${file}.`) && name.endsWith('.tmp')))
  const leftovers = existsSync(state) ? readdirSync(state).filter(holdsAnswers) : []
  for (const name of leftovers)
    rmSync(join(state, name))
  if (leftovers.length > 0)
    lines.push(`Slettede ${leftovers.length} tilsidesatte kopier: ${leftovers.join(', ')}.`)
  const keyFile = join(state, SURVEY_KEY_FILE)
  if (existsSync(keyFile)) {
    rmSync(keyFile)
    lines.push(`Slettede ${keyFile}: de personlige koder (på navneskiltene og /survey-codes) virker ikke længere.`)
  }
  const credentialsFile = join(state, 'credentials.json')
  if (existsSync(credentialsFile)) {
    const credentials = readState(credentialsFile, value => CredentialsSchema.safeParse(value), { tokens: [], sessions: [] })
    const kept = withoutParticipants(credentials)
    const sessions = credentials.sessions.length - kept.sessions.length
    if (sessions > 0) {
      await writeFileAtomic(credentialsFile, `${JSON.stringify(kept, null, 2)}\n`)
      lines.push(`Fjernede ${sessions} login med personlige koder fra ${credentialsFile}.`)
    }
  }
  output.stdout(lines.length > 0 ? lines.join('\n') : `Der var ingen svar eller personlige koder i ${state}.`)
}

const command: Command = {
  name: 'survey',
  summary: 'the live network survey: export the answers as CSV, or delete them',
  help,
  async run(argv, out) {
    const { values, positionals } = parseCommandArgs(argv, {
      out: { type: 'string' },
      ...DECK_OPTION,
      state: { type: 'string' },
    }, { min: 1, max: 1, names: 'export or delete' })
    const state = stateDir(values.state)
    switch (positionals[0]) {
      case 'export': return exportSurvey(values.deck, state, values.out, out)
      case 'delete':
        if (values.out !== undefined)
          throw new UsageError('delete takes no --out')
        return deleteSurvey(state, out)
      default: throw new UsageError(`expected export or delete, got "${positionals[0]}"`)
    }
  },
}

export default command
