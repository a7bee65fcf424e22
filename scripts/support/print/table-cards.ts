import { renderSVG } from 'uqr'
import type { Table, TablesResult } from '../../../lib/grouping/index.ts'
import { translate } from '../../../lib/i18n/translate.ts'
import type { Deck } from '../../../lib/schema/deck.ts'
import { escapeHtml, printDocument } from './html.ts'
import { writePdf } from './render-pdf.ts'

/*
 * One A4 sheet per table, folded across the middle into a tent. The upper half is turned
 * upside down, so both faces read the right way up once the card stands on the table.
 */
const css = `
.face { position: absolute; left: 0; width: 210mm; height: 148.5mm; padding: 14mm 18mm; display: flex; flex-direction: column; }
.face.upper { top: 0; transform: rotate(180deg); }
.face.lower { top: 148.5mm; }
.fold { position: absolute; left: 0; top: 148.5mm; width: 210mm; border-top: 0.3mm dashed #999; }
.event { font-size: 12pt; color: #555; }
.number { font-size: 64pt; font-weight: 700; line-height: 1; margin-top: 4mm; }
.members { margin-top: 8mm; list-style: none; }
.members li { font-size: 20pt; font-weight: 600; line-height: 1.25; margin-bottom: 2mm; }
.members .department { display: block; font-size: 13pt; font-weight: 400; color: #444; }
.phone { position: absolute; right: 18mm; bottom: 12mm; width: 38mm; text-align: center; font-size: 10pt; color: #444; }
.phone svg { width: 38mm; height: 38mm; display: block; }
`

/** The table's page for its phone (`/table/<n>?token=…`), when the cards carry QR codes. */
export type TableLink = (table: number) => string

function face(deck: Deck, table: Table, position: 'upper' | 'lower', link: TableLink | undefined): string {
  const members = table.members.map(m => `<li>${escapeHtml(m.name)}<span class="department">${escapeHtml(m.department)}</span></li>`).join('')
  const href = link?.(table.number)
  const phone = href ? `<div class="phone" data-href="${escapeHtml(href)}">${renderSVG(href, { border: 1 })}${escapeHtml(translate(deck.language, 'print.tableScan'))}</div>` : ''
  return `<div class="face ${position}"><div class="event">${escapeHtml(deck.seminar.title)}</div><div class="number">${escapeHtml(translate(deck.language, 'teams.table', { number: table.number }))}</div><ul class="members">${members}</ul>${phone}</div>`
}

export function tableCardsHtml(deck: Deck, result: TablesResult, link?: TableLink): string {
  const pages = result.tables.map(table => `<section class="page">${face(deck, table, 'upper', link)}<div class="fold"></div>${face(deck, table, 'lower', link)}</section>`)
  return printDocument(deck.language, translate(deck.language, 'print.tableCards', { title: deck.seminar.title }), css, pages)
}

export async function writeTableCards(deck: Deck, result: TablesResult, out: string, link?: TableLink): Promise<void> {
  await writePdf(tableCardsHtml(deck, result, link), out)
}
