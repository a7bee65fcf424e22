import { renderSVG } from 'uqr'
import { A4, BADGE, badgeSheets, GRID_ORIGIN, type Sheet } from '../../../lib/grouping/badge-sheets.ts'
import { compareDanish } from '../../../lib/grouping/spread.ts'
import { roleLabel, teamStyle, type TeamsResult } from '../../../lib/grouping/index.ts'
import { formats } from '../../../lib/i18n/format.ts'
import { translate } from '../../../lib/i18n/translate.ts'
import type { Deck } from '../../../lib/schema/deck.ts'
import { escapeHtml, printDocument } from './html.ts'
import { writePdf } from './render-pdf.ts'

export interface Badge {
  name: string
  department: string
  team: { colour: string, name: string, hex: string }
  role: string
  /** The wearer's personal link to the network survey (`/survey?token=…`), printed as a QR code on the back. */
  survey?: string
}

/** One badge per participant, alphabetically, with the team and role `teams` gives them. */
export function badgesFromTeams(deck: Deck, result: TeamsResult): Badge[] {
  return result.teams
    .flatMap(team => team.members.map(member => ({
      name: member.name,
      department: member.department,
      team: { colour: team.colour, ...teamStyle(team.colour, deck.teams.colours) },
      role: member.role,
    })))
    .sort((a, b) => compareDanish(a.name, b.name))
}

const css = `
.badge { position: absolute; width: ${BADGE.width}mm; height: ${BADGE.height}mm; overflow: hidden; display: flex; }
.front { flex-direction: column; padding: 5mm 6mm 5mm 6mm; }
.front .event { font-size: 8pt; color: #555; }
.front .name { margin-top: auto; font-size: 21pt; font-weight: 700; line-height: 1.05; }
.front .department { margin-top: 2mm; font-size: 11pt; font-weight: 600; color: #333; }
.back .swatch { width: 22mm; height: 100%; flex: none; }
.back .text { display: flex; flex-direction: column; padding: 5mm 5mm 4mm 5mm; min-width: 0; }
.back .team { font-size: 15pt; font-weight: 700; line-height: 1.1; }
.back .role { margin-top: 2.5mm; font-size: 11.5pt; font-weight: 600; line-height: 1.2; }
.back .owner { margin-top: auto; font-size: 8pt; color: #555; }
.back .text.with-survey { padding-right: 31mm; }
.back .survey { position: absolute; right: 3mm; bottom: 3mm; width: 26mm; text-align: center; text-decoration: none; font-size: 6.5pt; line-height: 1.15; color: #444; }
.back .survey svg { width: 26mm; height: 26mm; display: block; }
.marks { position: absolute; inset: 0; width: ${A4.width}mm; height: ${A4.height}mm; }
`

/** Crop marks in the margins, on every cut line of the badge grid. */
function cropMarks(): string {
  const { x, y } = GRID_ORIGIN
  const right = x + BADGE.columns * BADGE.width
  const bottom = y + BADGE.rows * BADGE.height
  const gap = 2
  const length = 7
  const lines: string[] = []
  for (let column = 0; column <= BADGE.columns; column++) {
    const cx = x + column * BADGE.width
    lines.push(`<line x1="${cx}" y1="${y - gap - length}" x2="${cx}" y2="${y - gap}"/>`, `<line x1="${cx}" y1="${bottom + gap}" x2="${cx}" y2="${bottom + gap + length}"/>`)
  }
  for (let row = 0; row <= BADGE.rows; row++) {
    const cy = y + row * BADGE.height
    lines.push(`<line x1="${x - gap - length}" y1="${cy}" x2="${x - gap}" y2="${cy}"/>`, `<line x1="${right + gap}" y1="${cy}" x2="${right + gap + length}" y2="${cy}"/>`)
  }
  return `<svg class="marks" viewBox="0 0 ${A4.width} ${A4.height}" stroke="#000" stroke-width="0.2">${lines.join('')}</svg>`
}

function front(deck: Deck, badge: Badge): string {
  const event = `${deck.seminar.title} · ${formats(deck.language).date(deck.seminar.date)}`
  return `<div class="event">${escapeHtml(event)}</div><div class="name">${escapeHtml(badge.name)}</div><div class="department">${escapeHtml(badge.department)}</div>`
}

function back(deck: Deck, badge: Badge): string {
  // The QR code is also a link, so a PDF viewer (and a test) can read where it leads.
  const survey = badge.survey
    ? `<a class="survey" href="${escapeHtml(badge.survey)}">${renderSVG(badge.survey, { border: 1 })}${escapeHtml(translate(deck.language, 'print.surveyScan'))}</a>`
    : ''
  return `<div class="swatch" style="background:${badge.team.hex}"></div>`
    + `<div class="text${survey ? ' with-survey' : ''}"><div class="team">${escapeHtml(badge.team.name)}</div>`
    + `<div class="role">${escapeHtml(`${roleLabel(badge.role)} – ${badge.department}`)}</div>`
    + `<div class="owner">${escapeHtml(badge.name)}</div></div>${survey}`
}

function page(deck: Deck, sheet: Sheet<Badge>): string {
  const badges = sheet.slots.map(({ item, row, column }) => {
    const left = GRID_ORIGIN.x + column * BADGE.width
    const top = GRID_ORIGIN.y + row * BADGE.height
    return `<div class="badge ${sheet.side}" style="left:${left}mm;top:${top}mm">${sheet.side === 'front' ? front(deck, item) : back(deck, item)}</div>`
  })
  return `<section class="page ${sheet.side}-page">${cropMarks()}${badges.join('')}</section>`
}

export function badgesHtml(deck: Deck, badges: readonly Badge[]): string {
  return printDocument(deck.language, translate(deck.language, 'print.badges', { title: deck.seminar.title }), css, badgeSheets(badges).map(sheet => page(deck, sheet)))
}

export async function writeBadges(deck: Deck, badges: readonly Badge[], out: string): Promise<void> {
  await writePdf(badgesHtml(deck, badges), out)
}
