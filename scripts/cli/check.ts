import { readdir, readFile, stat } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { InputError, UsageError, type InputProblem } from '../../lib/errors.ts'
import { parseParticipantsCsv } from '../../lib/grouping/participants.ts'
import { parseNetworkFiles } from '../../lib/network/csv.ts'
import { DataModuleError, issueProblems } from '../../lib/schema/define.ts'
import { readInput } from '../support/read-input.ts'
import { parseCommandArgs, type Command } from './command.ts'

const help = `Usage: seminar check [--data DIR] [--deck SLUG] [--json]

Validates every data module (data/<deck>/*.ts), the deck object of each deck
(data/<deck>/index.ts) and every CSV of every deck (participants.csv,
network/members.csv, network/relations.csv, network/external.csv).
Lists every problem with file:line, the field or column, what was found and what
was expected. Exit 0 when all is valid, 1 otherwise.

Options:
  --data DIR   the data folder (default: data)
  --deck SLUG  check only this deck
  --json       print one JSON document: {"decks":[{"deck","modules","csv","problems"}]}
  --help       this text`

interface DeckReport {
  deck: string
  modules: string[]
  csv: string[]
  problems: InputProblem[]
}

async function checkModule(path: string, file: string): Promise<InputProblem[]> {
  try {
    await import(pathToFileURL(path).href)
    return []
  }
  catch (error) {
    if (!(error instanceof DataModuleError))
      return [{ file, expected: `a module that loads, but it failed: ${(error as Error).message.split('\n')[0]}` }]
    return issueProblems(error.issues, error.raw, file, await readFile(path, 'utf8'))
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false)
}

async function collect(run: () => unknown): Promise<InputProblem[]> {
  try {
    await run()
    return []
  }
  catch (error) {
    if (error instanceof InputError)
      return error.problems
    throw error
  }
}

async function checkDeck(dataDir: string, deck: string): Promise<DeckReport> {
  const dir = join(dataDir, deck)
  const shown = (path: string) => relative(process.cwd(), path) || path
  const report: DeckReport = { deck, modules: [], csv: [], problems: [] }

  const modules = (await readdir(dir)).filter(name => name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts') && name !== 'index.ts').sort()
  for (const name of modules) {
    const path = join(dir, name)
    report.modules.push(shown(path))
    report.problems.push(...await checkModule(resolve(path), shown(path)))
  }
  // The deck object imports the other modules: checked after them, so a broken module is reported once.
  const index = join(dir, 'index.ts')
  if (!await exists(index))
    report.problems.push({ file: shown(index), expected: 'a deck module: export const deck = defineDeck(DeckSchema, { … }) (see docs/authoring.md)' })
  else if (report.problems.length === 0) {
    report.modules.push(shown(index))
    report.problems.push(...await checkModule(resolve(index), shown(index)))
  }

  const participants = shown(join(dir, 'participants.csv'))
  if (await exists(participants)) {
    report.csv.push(participants)
    report.problems.push(...await collect(async () => {
      const { file, bytes } = await readInput(participants)
      return parseParticipantsCsv(file, bytes)
    }))
  }

  // The survey needs both members and relations: with one of them, the other's absence is the problem.
  const [members, relations, external] = ['members', 'relations', 'external'].map(name => shown(join(dir, 'network', `${name}.csv`))) as [string, string, string]
  if (await exists(members) || await exists(relations)) {
    const hasExternal = await exists(external)
    report.csv.push(members, relations, ...(hasExternal ? [external] : []))
    report.problems.push(...await collect(async () => parseNetworkFiles({
      members: await readInput(members),
      relations: await readInput(relations),
      ...(hasExternal ? { external: await readInput(external) } : {}),
    })))
  }
  return report
}

const check: Command = {
  name: 'check',
  summary: 'validate every data module and CSV of every deck',
  help,
  async run(argv, out) {
    const { values } = parseCommandArgs(argv, { data: { type: 'string' }, deck: { type: 'string' }, json: { type: 'boolean' } }, { min: 0, max: 0, names: 'no arguments' })
    const dataDir = values.data ?? 'data'
    if (!await exists(dataDir))
      throw new InputError([{ file: dataDir, expected: 'a data folder with one sub-folder per deck' }])
    const entries = await readdir(dataDir, { withFileTypes: true })
    const all = entries.filter(entry => entry.isDirectory()).map(entry => entry.name).sort()
    if (values.deck !== undefined && !all.includes(values.deck))
      throw new UsageError(`--deck: no deck "${values.deck}" in ${dataDir}; expected one of ${all.join(', ')}`)
    const decks = values.deck === undefined ? all : [values.deck]
    const reports: DeckReport[] = []
    for (const deck of decks)
      reports.push(await checkDeck(dataDir, deck))

    const problems = reports.flatMap(report => report.problems)
    if (values.json)
      out.stdout(JSON.stringify({ decks: reports }))
    else {
      for (const report of reports) {
        const verdict = report.problems.length === 0 ? 'ok' : `${report.problems.length} problem${report.problems.length === 1 ? '' : 's'}`
        out.stdout(`${report.deck}: ${report.modules.length} data modules, ${report.csv.length} CSV files: ${verdict}`)
      }
    }
    if (problems.length > 0)
      throw new InputError(problems)
  },
}

export default check
