import { UsageError } from '../../lib/errors.ts'
import { drawTables, type TablesResult } from '../../lib/grouping/index.ts'
import { translator } from '../../lib/i18n/translate.ts'
import type { Deck } from '../../lib/schema/deck.ts'
import { checkOutputPath } from '../support/output-path.ts'
import { checkPrintSize, MAX_PDF_PAGES } from '../support/print/print-size.ts'
import { parseCommandArgs, parseSeed, parseUrl, type Command } from './command.ts'
import { seedInUse } from '../support/live/draw-in-use.ts'
import { commandDeck, DECK_OPTION, loadParticipants } from './grouping-input.ts'

const help = `Usage: seminar tables <participants.csv> [--deck SLUG] [--size 3] [--seed N] [--json] [--cards cards.pdf [--url http://<laptop>:3030]]

Seats everyone at discussion tables ("i grupper á tre"): tables of --size or --size + 1
people, each with as many different departments as the file allows. Counts that cannot
be split that way (5 at tables of 3) get tables as even as possible instead.

  participants.csv  name, department [, position, email] (Danish headers work too)
  --deck SLUG       the deck in data/ (default: the only deck, else the default deck)
  --size N          people per table, 2 or more (default 3)
  --seed N          whole number; the same file and seed always give the same tables
                    (default: the draw on the deck's table board, else 1)
  --json            print {"seed","tables":[{"number","members":[{"name","department"}]}]}
  --cards F         also write printable table cards: one A4 fold-over card per table with
                    its number and members (PDF, rendered by Chromium)
  --url U           with --cards: each card gets a QR code to U/table/<n> with that table's
                    token, for \`npm start -- --remote=<secret>\` on the address U (the dev
                    server prints it). Tokens come from the key in the state folder
                    (SEMINARKIT_STATE_DIR, default .seminarkit/), made on first use`

function report(deck: Deck, result: TablesResult): string {
  const t = translator(deck.language)
  const lines = [t('cli.tables', { seed: result.seed })]
  for (const table of result.tables) {
    lines.push('', t('teams.table', { number: table.number }))
    for (const member of table.members)
      lines.push(`  ${member.name} (${member.department})`)
  }
  return lines.join('\n')
}

function parseSize(value: string | undefined): number {
  if (value === undefined)
    return 3
  const size = Number(value)
  if (!/^\d+$/.test(value) || size < 2 || !Number.isSafeInteger(size))
    throw new UsageError(`--size expects a whole number of 2 or more, got "${value}"`)
  return size
}

const command: Command = {
  name: 'tables',
  summary: 'discussion tables of three across departments, optional table cards',
  help,
  async run(argv, out) {
    const { values, positionals } = parseCommandArgs(argv, {
      size: { type: 'string' },
      seed: { type: 'string' },
      json: { type: 'boolean', default: false },
      cards: { type: 'string' },
      url: { type: 'string' },
      ...DECK_OPTION,
    }, { min: 1, max: 1, names: '<participants.csv>' })
    const seed = parseSeed(values.seed, seedInUse('tables'))
    const deck = await commandDeck(values.deck)
    const size = parseSize(values.size)
    if (values.url !== undefined && values.cards === undefined)
      throw new UsageError('--url needs --cards: it puts QR codes on the table cards')
    const base = values.url === undefined ? undefined : parseUrl(values.url)
    const input = positionals[0]!
    if (values.cards !== undefined)
      await checkOutputPath(values.cards, [input], 'cards.pdf')
    const result = drawTables(await loadParticipants(input), size, seed)
    if (values.cards !== undefined) {
      checkPrintSize(input, result.tables.length, `${result.tables.length} tables`, `${MAX_PDF_PAGES} table cards`)
      const { writeTableCards } = await import('../support/print/table-cards.ts')
      let link: ((table: number) => string) | undefined
      if (base !== undefined) {
        const { readTableKey, stateDir, tableToken } = await import('../support/live/table-tokens.ts')
        const key = readTableKey(stateDir())
        link = table => `${base}/table/${table}?token=${tableToken(key, table)}`
      }
      await writeTableCards(deck, result, values.cards, link)
    }
    out.stdout(values.json ? JSON.stringify(result) : report(deck, result))
  },
}

export default command
