import { BADGES_PER_PAGE } from '../../lib/grouping/badge-sheets.ts'
import { drawTeams } from '../../lib/grouping/index.ts'
import { UsageError } from '../../lib/errors.ts'
import { translate } from '../../lib/i18n/translate.ts'
import { checkOutputPath } from '../support/output-path.ts'
import { checkPrintSize, MAX_PDF_PAGES } from '../support/print/print-size.ts'
import { parseCommandArgs, parseSeed, type Command } from './command.ts'
import { seedInUse } from '../support/live/draw-in-use.ts'
import { commandDeck, DECK_OPTION, loadParticipants, teamSpecs } from './grouping-input.ts'

const help = `Usage: seminar badges <participants.csv> [--deck SLUG] [--seed N] [--teams blå,rød,grøn] --out badges.pdf

Prints name badges for the seminar: A4 pages of 8 badges (2 × 4, 90 × 55 mm) with crop
marks. Each front page (name, department) is followed by its back page (team colour and
swatch, role and department, e.g. "Direktør – Sundhed og Omsorg"), columns mirrored so
a badge's back lands behind its front when printed double-sided, flipped on the long edge.
Team and role are those "seminar teams" gives for the same file, --seed and --teams.

  participants.csv  name, department [, position, email] (Danish headers work too)
  --deck SLUG       the deck whose title, date, colours and role words the badges carry
                    (default: the only deck, else the default deck)
  --seed N          whole number, as for "seminar teams" (default: the draw on the
                    deck's team board, so the badges match the screen; else 1)
  --teams LIST      team colours, as for "seminar teams"
  --out F           the PDF to write (required); written only when complete

Table cards: see "seminar tables --cards".`

const command: Command = {
  name: 'badges',
  summary: 'printable name badges with team and role on the back (PDF)',
  help,
  async run(argv, out) {
    const { values, positionals } = parseCommandArgs(argv, {
      seed: { type: 'string' },
      teams: { type: 'string' },
      out: { type: 'string' },
      ...DECK_OPTION,
    }, { min: 1, max: 1, names: '<participants.csv>' })
    if (values.out === undefined)
      throw new UsageError('--out badges.pdf is required')
    const seed = parseSeed(values.seed, seedInUse('teams'))
    const input = positionals[0]!
    await checkOutputPath(values.out, [input], 'badges.pdf')
    const participants = await loadParticipants(input)
    checkPrintSize(input, Math.ceil(participants.length / BADGES_PER_PAGE) * 2, `${participants.length} participants`, `${MAX_PDF_PAGES / 2 * BADGES_PER_PAGE} badges`)
    const deck = await commandDeck(values.deck)
    const { badgesFromTeams, writeBadges } = await import('../support/print/badges.ts')
    const result = drawTeams(participants, teamSpecs(deck, values.teams), seed, deck.teams.roles)
    const badges = badgesFromTeams(deck, result)
    await writeBadges(deck, badges, values.out)
    out.stdout(translate(deck.language, 'cli.badgesWritten', { file: values.out, count: badges.length, pages: Math.ceil(badges.length / BADGES_PER_PAGE) * 2 }))
  },
}

export default command
