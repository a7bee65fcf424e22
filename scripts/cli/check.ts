import { readdir, readFile, stat } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { InputError, type InputProblem } from '../../lib/errors.ts'
import { parseParticipantsCsv } from '../../lib/grouping/participants.ts'
import { parseNetworkFiles } from '../../lib/network/csv.ts'
import { DataModuleError, issueProblems } from '../../lib/schema/define.ts'
import { parseCommandArgs, type Command } from './command.ts'

const help = `Usage: seminar check [--data DIR] [--json]

Validates every data module (data/<deck>/*.ts) and every CSV of every deck
(participants.csv, network/members.csv, network/relations.csv, network/external.csv).
Lists every problem with file:line, the field or column, what was found and what
was expected. Exit 0 when all is valid, 1 otherwise.

Options:
  --data DIR   the data folder (default: data)
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

  // index.ts only re-exports the modules, so checking it would report each problem twice.
  const modules = (await readdir(dir)).filter(name => name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts') && name !== 'index.ts').sort()
  for (const name of modules) {
    const path = join(dir, name)
    report.modules.push(shown(path))
    report.problems.push(...await checkModule(resolve(path), shown(path)))
  }

  const participants = join(dir, 'participants.csv')
  if (await exists(participants)) {
    report.csv.push(shown(participants))
    report.problems.push(...await collect(async () => parseParticipantsCsv(shown(participants), await readFile(participants))))
  }

  const network = join(dir, 'network')
  const members = join(network, 'members.csv')
  const relations = join(network, 'relations.csv')
  const external = join(network, 'external.csv')
  if (await exists(members) || await exists(relations)) {
    const files = [members, relations, ...(await exists(external) ? [external] : [])]
    report.csv.push(...files.map(shown))
    const missing = files.filter(path => path !== external)
    for (const path of missing) {
      if (!await exists(path))
        report.problems.push({ file: shown(path), expected: 'the file, since the network survey needs both members.csv and relations.csv' })
    }
    if (report.problems.every(problem => !missing.map(shown).includes(problem.file))) {
      report.problems.push(...await collect(async () => parseNetworkFiles({
        members: { file: shown(members), bytes: await readFile(members) },
        relations: { file: shown(relations), bytes: await readFile(relations) },
        ...(await exists(external) ? { external: { file: shown(external), bytes: await readFile(external) } } : {}),
      })))
    }
  }
  return report
}

const check: Command = {
  name: 'check',
  summary: 'validate every data module and CSV of every deck',
  help,
  async run(argv, out) {
    const { values } = parseCommandArgs(argv, { data: { type: 'string' }, json: { type: 'boolean' } }, { min: 0, max: 0, names: 'no arguments' })
    const dataDir = values.data ?? 'data'
    if (!await exists(dataDir))
      throw new InputError([{ file: dataDir, expected: 'a data folder with one sub-folder per deck' }])
    const entries = await readdir(dataDir, { withFileTypes: true })
    const decks = entries.filter(entry => entry.isDirectory()).map(entry => entry.name).sort()
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
