import { resolve } from 'node:path'
import { BADGES_PER_PAGE } from '../../lib/grouping/badge-sheets.ts'
import { drawTeams } from '../../lib/grouping/index.ts'
import { UsageError } from '../../lib/errors.ts'
import { translate } from '../../lib/i18n/translate.ts'
import { checkOutputPath } from '../support/output-path.ts'
import { checkPrintSize, MAX_PDF_PAGES } from '../support/print/print-size.ts'
import { parseCommandArgs, parseSeed, parseUrl, type Command } from './command.ts'
import { seedInUse } from '../support/live/draw-in-use.ts'
import { loadSurveyDeck } from '../support/survey-deck.ts'
import type { Badge } from '../support/print/badges.ts'
import type { Deck } from '../../lib/schema/deck.ts'
import { commandDeck, DECK_OPTION, loadParticipants, teamSpecs } from './grouping-input.ts'

/**
 * Each badge's link to the survey with its wearer's personal code, and what to tell the
 * presenter: how many backs carry one and who is not in the survey's members file.
 */
async function withSurveyCodes(deck: Deck, badges: Badge[], base: string, state: string | undefined): Promise<{ badges: Badge[], report: string[] }> {
  const survey = loadSurveyDeck(deck)
  if (!survey)
    throw new UsageError(`--url puts survey QR codes on the badges, but the deck "${deck.slug}" has no survey (its index.ts has no \`survey\` block)`)
  const { participantToken, readSurveyKey } = await import('../support/live/survey-codes.ts')
  const { stateDir } = await import('../support/live/table-tokens.ts')
  const key = readSurveyKey(resolve(state ?? stateDir()))
  const memberOf = new Map(survey.members.map(member => [member.name, member.id]))
  const linked = badges.map((badge) => {
    const memberId = memberOf.get(badge.name)
    return memberId === undefined ? badge : { ...badge, survey: `${base}/survey?token=${participantToken(key, memberId)}` }
  })
  const missing = linked.filter(badge => !badge.survey).map(badge => badge.name)
  const report = [translate(deck.language, 'cli.badgesSurvey', { count: linked.length - missing.length, total: linked.length, url: base })]
  if (missing.length > 0)
    report.push(translate(deck.language, 'cli.badgesNotMembers', { file: deck.files.network!.members, names: missing.join(', ') }))
  return { badges: linked, report }
}

const help = `Usage: seminar badges <participants.csv> [--deck SLUG] [--seed N] [--teams blå,rød,grøn] --out badges.pdf [--url http://<laptop>:3030 [--state DIR]]

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
  --url U           for a deck with a network survey: each back gets a QR code to
                    U/survey with the wearer's personal code (participants are found in
                    the deck's members.csv by name), for \`npm start -- --remote=<secret>\`
                    on the address U. Codes come from the key in the state folder, made on
                    first use; \`seminar survey delete\` deletes it and retires them
  --state DIR       the dev server's state folder (default SEMINARKIT_STATE_DIR, else .seminarkit/)

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
      url: { type: 'string' },
      state: { type: 'string' },
      ...DECK_OPTION,
    }, { min: 1, max: 1, names: '<participants.csv>' })
    if (values.out === undefined)
      throw new UsageError('--out badges.pdf is required')
    if (values.state !== undefined && values.url === undefined)
      throw new UsageError('--state needs --url: it is where the survey codes\' key is kept')
    const base = values.url === undefined ? undefined : parseUrl(values.url)
    const seed = parseSeed(values.seed, seedInUse('teams'))
    const input = positionals[0]!
    await checkOutputPath(values.out, [input], 'badges.pdf')
    const participants = await loadParticipants(input)
    checkPrintSize(input, Math.ceil(participants.length / BADGES_PER_PAGE) * 2, `${participants.length} participants`, `${MAX_PDF_PAGES / 2 * BADGES_PER_PAGE} badges`)
    const deck = await commandDeck(values.deck)
    const { badgesFromTeams, writeBadges } = await import('../support/print/badges.ts')
    const result = drawTeams(participants, teamSpecs(deck, values.teams), seed, deck.teams.roles)
    const drawn = badgesFromTeams(deck, result)
    const { badges, report } = base !== undefined
      ? await withSurveyCodes(deck, drawn, base, values.state)
      : { badges: drawn, report: loadSurveyDeck(deck) ? [translate(deck.language, 'cli.badgesSurveyHint')] : [] }
    await writeBadges(deck, badges, values.out)
    out.stdout([translate(deck.language, 'cli.badgesWritten', { file: values.out, count: badges.length, pages: Math.ceil(badges.length / BADGES_PER_PAGE) * 2 }), ...report].join('\n'))
  },
}

export default command
