import { readdir, stat, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { InputError, UsageError } from '../../lib/errors.ts'
import { drawPairs, drawTables, drawTeams } from '../../lib/grouping/index.ts'
import { approvedInsights, handoutFileNames, personalParts, programmeRun, type DayRecord } from '../../lib/handout/personal.ts'
import { translate } from '../../lib/i18n/translate.ts'
import { namedTies, parseMembersCsv, parseRelationsCsv } from '../../lib/network/csv.ts'
import type { Deck } from '../../lib/schema/deck.ts'
import { replaceDirectory } from '../support/atomic-write.ts'
import { deckFilePath } from '../support/deck.ts'
import { seedInUse } from '../support/live/draw-in-use.ts'
import { readInput } from '../support/read-input.ts'
import { parseCommandArgs, type Command } from './command.ts'
import { commandDeck, DECK_OPTION, loadParticipants, teamSpecs } from './grouping-input.ts'

const help = `Usage: seminar handouts [participants.csv] [--deck SLUG] --out DIR

After the day: one personal PDF per participant, DIR/<name>.pdf, and DIR/handouts.zip with
all of them. Each holds the participant's team colour and role with their team-mates, their
table and table-mates, their job visits (whom they host and visit, in which months, and the
follow-up group), the programme as it ran (planned times against the starts the presenter
marked; without marks it says so), the tables' approved insights and the photos of the builds.
In the deck's language, text selectable, one bookmark per part.

Teams, tables and visit pairs are those the room used: the draws on the deck's boards (kept
in the state folder), else seed 1, exactly as "seminar badges" and the table cards print
them; visit pairs avoid the ties of the deck's network survey, as the board does.

  participants.csv  name, department [, position, email] (default: the deck's own file)
  --deck SLUG       the deck (default: the only deck, else the default deck)
  --out DIR         the folder to write; it is replaced as a whole once every PDF is made,
                    so it must be new, empty or an earlier handouts folder (only .pdf files
                    and handouts.zip)

The day's state is read from SEMINARKIT_STATE_DIR, else .seminarkit/ (what "npm start" kept).
File names are the participants' names with characters no file system takes (/ \\ : * ? " < > |)
replaced by "-"; two names that give the same file name, ignoring case, become "Name.pdf"
and "Name (2).pdf" in the order of the participants file.`

export const ZIP_NAME = 'handouts.zip'

/** `--out`: a new folder, an empty one, or one this command wrote (it is replaced whole). */
async function checkOutFolder(out: string): Promise<void> {
  const refuse = (found: string): never => {
    throw new InputError([{ file: out, found, expected: `a new or empty folder, or one "seminar handouts" wrote (only .pdf files and ${ZIP_NAME}), e.g. handouts/` }])
  }
  const target = await stat(out).catch(() => undefined)
  if (!target)
    return
  if (!target.isDirectory())
    refuse('a file')
  const others = (await readdir(out)).filter(name => !name.endsWith('.pdf') && name !== ZIP_NAME)
  if (others.length > 0)
    refuse(`a folder with other files (${others.slice(0, 3).join(', ')}${others.length > 3 ? ', …' : ''})`)
}

/** The participants file given, else the deck's own (`files.participants`), shown relative to the working folder. */
function participantsFile(deck: Deck, given: string | undefined): string {
  if (given !== undefined)
    return given
  if (deck.files.participants === undefined)
    throw new UsageError(`expected <participants.csv>: deck "${deck.slug}" has no files.participants`)
  return relative(process.cwd(), deckFilePath(deck, deck.files.participants))
}

/** The deck's network survey ties by name, as the pairs board reads them (composables/useGrouping.ts). */
async function deckTies(deck: Deck): Promise<[string, string][]> {
  const network = deck.files.network
  if (!network)
    return []
  const shown = (path: string) => relative(process.cwd(), deckFilePath(deck, path))
  const [members, relations] = await Promise.all([readInput(shown(network.members)), readInput(shown(network.relations))])
  const memberList = parseMembersCsv(members.file, members.bytes)
  return namedTies(memberList, parseRelationsCsv(relations.file, relations.bytes, memberList))
}

const command: Command = {
  name: 'handouts',
  summary: 'a personal PDF handout per participant after the day, and a zip of all',
  help,
  async run(argv, out) {
    const { values, positionals } = parseCommandArgs(argv, {
      out: { type: 'string' },
      ...DECK_OPTION,
    }, { min: 0, max: 1, names: '[participants.csv]' })
    if (values.out === undefined)
      throw new UsageError('--out DIR is required')
    const dir = values.out
    const deck = await commandDeck(values.deck)
    const input = participantsFile(deck, positionals[0])
    await checkOutFolder(dir)
    const participants = await loadParticipants(input)
    const ties = await deckTies(deck)
    const { readKeptDay } = await import('../support/live/day-record.ts')
    const kept = await readKeptDay()

    // The draws in use, as `seminar badges` and the table cards make them, with what the boards
    // pass (composables/useGrouping.ts): the deck's colours, tables of three, the survey's ties.
    const teams = drawTeams(participants, teamSpecs(deck, undefined), seedInUse('teams'), deck.teams.roles)
    const tables = drawTables(participants, 3, seedInUse('tables'))
    const pairs = drawPairs(participants, { seed: seedInUse('pairs'), months: deck.visits.months, ties })
    const parts = personalParts(deck, participants, teams, tables, pairs)
    const day: DayRecord = {
      programme: programmeRun(deck, kept.programme),
      insights: approvedInsights(deck, kept.insights),
      photos: kept.photos.map(({ photo }) => photo),
    }

    const { renderHandouts } = await import('../support/print/handouts.ts')
    const { zipFiles } = await import('../support/zip.ts')
    const pdfs = await renderHandouts(deck, parts, day, kept.photos)
    const names = handoutFileNames(participants.map(p => p.name), translate(deck.language, 'handout.fileFallback')).map(name => `${name}.pdf`)
    const files = names.map((name, index) => ({ name, data: pdfs[index]! }))
    await replaceDirectory(dir, async (fresh) => {
      for (const file of files)
        await writeFile(join(fresh, file.name), file.data)
      await writeFile(join(fresh, ZIP_NAME), zipFiles(files, deck.seminar.date))
    })
    out.stdout(translate(deck.language, 'cli.handoutsWritten', { dir, count: files.length, zip: join(dir, ZIP_NAME) }))
  },
}

export default command
