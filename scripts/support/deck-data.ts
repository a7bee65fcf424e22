import { readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { runnerImport } from 'vite'
import { InputError } from '../../lib/errors.ts'
import { parseParticipantsCsv } from '../../lib/grouping/participants.ts'
import { markdownTable } from '../../lib/markdown.ts'
import { analyseNetwork } from '../../lib/network/analyse.ts'
import { parseNetworkFiles } from '../../lib/network/csv.ts'
import { brokerView, forumView, type NetworkView } from '../../lib/network/view.ts'
import type { Deck } from '../../lib/schema/deck.ts'
import { issueProblems, type DataModuleError } from '../../lib/schema/define.ts'
import type { DeckData } from '../../lib/deck-data.ts'

/** A data module's exports and the files it read (to watch in the dev server). */
export interface EvaluatedModule {
  exports: Record<string, unknown>
  dependencies: string[]
}

/**
 * Runs a data module in Node (Vite's module runner compiles its TypeScript), so its schema
 * checks run here and never in a browser. A module that does not validate is an InputError
 * naming file and line, as `seminar check` reports it.
 */
export async function evaluateModule(file: string): Promise<EvaluatedModule> {
  try {
    const { module, dependencies } = await runnerImport<Record<string, unknown>>(file)
    return { exports: { ...module }, dependencies }
  }
  catch (error) {
    // The runner evaluates its own copy of lib/schema/define.ts: its class, not ours.
    if (error instanceof Error && error.name === 'DataModuleError') {
      const { issues, raw } = error as DataModuleError
      throw new InputError(issueProblems(issues, raw, relative(process.cwd(), file), readFileSync(file, 'utf8')))
    }
    throw error
  }
}

/**
 * A value as a JavaScript expression of plain data: what a data module may hand a browser.
 * Anything else (a function, a Map, a zod schema) is an error naming where it sits.
 */
export function plainData(value: unknown, where: string): string {
  const check = (item: unknown, path: string): void => {
    if (item === null || typeof item === 'string' || typeof item === 'boolean')
      return
    if (typeof item === 'number') {
      if (!Number.isFinite(item))
        throw new Error(`${path}: expected a finite number, found ${item}`)
      return
    }
    if (Array.isArray(item)) {
      item.forEach((entry, index) => {
        if (entry === undefined)
          throw new Error(`${path}[${index}]: expected a value, found undefined`)
        check(entry, `${path}[${index}]`)
      })
      return
    }
    if (typeof item === 'object' && Object.getPrototypeOf(item) === Object.prototype) {
      for (const [key, entry] of Object.entries(item as Record<string, unknown>)) {
        if (entry !== undefined)
          check(entry, `${path}.${key}`)
      }
      return
    }
    throw new Error(`${path}: expected plain data (text, numbers, lists, objects) for the browser, found ${typeof item === 'object' ? (item as object).constructor?.name ?? 'an object' : typeof item}`)
  }
  check(value, where)
  return JSON.stringify(value)
}

/** Every text in a value, for the markdown table. */
function texts(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === 'string')
    into.add(value)
  else if (Array.isArray(value))
    value.forEach(item => texts(item, into))
  else if (typeof value === 'object' && value !== null)
    Object.values(value).forEach(item => texts(item, into))
  return into
}

/** Whether a deck's slides draw the forum's diagram with names (`<NetworkDiagram :anonymous="false">`). */
export function slidesNameForum(slides: string): boolean {
  return [...slides.matchAll(/<NetworkDiagram\b[^>]*>/g)].some(([tag]) => /:anonymous="false"/.test(tag) && !/source="broker"/.test(tag))
}

export interface BuiltDeckData {
  data: DeckData
  /** Every file the data came from, for the dev server to watch. */
  dependencies: string[]
}

/**
 * What a browser gets of a deck, computed in Node: the validated deck object, participants
 * with only the fields slides show, the analysed sample survey as figures and laid-out
 * diagrams (named only when `names`), and the HTML of every markdown text of its data modules.
 * No CSV file leaves this function as text.
 */
export async function buildDeckData(dir: string, options: { names: boolean, evaluate?: (file: string) => Promise<EvaluatedModule> }): Promise<BuiltDeckData> {
  const index = join(dir, 'index.ts')
  const { exports, dependencies } = await (options.evaluate ?? evaluateModule)(index)
  const deck = exports.deck as Deck | undefined
  if (!deck)
    throw new InputError([{ file: relative(process.cwd(), index), expected: 'an export `deck = defineDeck(DeckSchema, { … })`' }])
  const file = (path: string) => ({ file: relative(process.cwd(), join(dir, path)), bytes: readFileSync(join(dir, path)) })
  const read: string[] = []
  const input = (path: string) => {
    read.push(join(dir, path))
    return file(path)
  }

  const participantsFile = deck.files.participants && input(deck.files.participants)
  const participants = participantsFile
    ? parseParticipantsCsv(participantsFile.file, participantsFile.bytes).map(({ name, department }) => ({ name, department }))
    : null

  const paths = deck.files.network
  let network: DeckData['network'] = null
  if (paths) {
    const members = input(paths.members)
    const relations = input(paths.relations)
    const data = parseNetworkFiles({ members, relations, ...(paths.external ? { external: input(paths.external) } : {}) })
    const analysis = analyseNetwork(data)
    const named: NetworkView | null = options.names ? forumView(analysis, true) : null
    network = { forum: forumView(analysis, false), named, broker: brokerView(deck.language) }
  }

  return {
    data: { deck, participants, network, markdown: markdownTable(texts(exports)) },
    dependencies: [...dependencies, ...read],
  }
}
