import type { Page } from 'playwright-core'
import type { DayRecord, Mate, PersonalPart } from '../../../lib/handout/personal.ts'
import { InputError } from '../../../lib/errors.ts'
import { formats } from '../../../lib/i18n/format.ts'
import { LOCALES } from '../../../lib/i18n/messages.ts'
import { translator, type Translate } from '../../../lib/i18n/translate.ts'
import type { Deck } from '../../../lib/schema/deck.ts'
import type { KeptDay } from '../live/day-record.ts'
import { escapeHtml, printDocument } from './html.ts'
import { printPdf, withPrintPage } from './render-pdf.ts'

type KeptPhoto = KeptDay['photos'][number]

/*
 * A participant's own record of the day on flowing A4 pages: who they worked with, what
 * comes next, the programme as it ran, and what the tables said and built. Each part is an
 * <h2>, so Chromium's outline gives one bookmark per part under the name's <h1>.
 */
const css = `
@page { size: A4; margin: 16mm 18mm 18mm 18mm; }
body { font-size: 11pt; line-height: 1.4; }
header { border-bottom: 0.6mm solid #0b2d5b; padding-bottom: 4mm; margin-bottom: 6mm; }
.kicker { font-size: 10pt; font-weight: 600; color: #0b2d5b; }
h1 { font-size: 28pt; line-height: 1.1; font-weight: 700; margin-top: 1.5mm; }
.department { font-size: 13pt; font-weight: 600; color: #333; margin-top: 1mm; }
.event { font-size: 10pt; color: #555; margin-top: 2mm; }
h2 { font-size: 15pt; font-weight: 700; color: #0b2d5b; margin: 0 0 2.5mm; break-after: avoid; }
section { margin-bottom: 7mm; }
.cards { display: grid; grid-template-columns: 1fr 1fr; gap: 5mm; margin-bottom: 7mm; }
.card { border: 0.3mm solid #c8d1dc; border-radius: 3mm; padding: 4mm 5mm; break-inside: avoid; margin: 0; }
.card.wide { grid-column: 1 / -1; }
.team-line { display: flex; align-items: center; gap: 3mm; }
.swatch { width: 9mm; height: 9mm; border-radius: 2mm; flex: none; }
.big { font-size: 16pt; font-weight: 700; line-height: 1.15; }
.sub { font-size: 10.5pt; color: #444; }
.label { font-size: 9.5pt; font-weight: 600; color: #555; margin-top: 3mm; }
ul.people { list-style: none; margin-top: 1mm; }
ul.people li { font-weight: 600; break-inside: avoid; }
.team ul.people { columns: 2; column-gap: 8mm; }
ul.people .dept { font-weight: 400; color: #555; }
.visits p { margin-top: 1.5mm; }
table { width: 100%; border-collapse: collapse; font-size: 10.5pt; }
th { text-align: left; font-weight: 600; color: #555; font-size: 9.5pt; border-bottom: 0.3mm solid #999; padding: 1mm 2mm 1mm 0; }
td { padding: 1.3mm 2mm 1.3mm 0; border-bottom: 0.2mm solid #dde3ea; vertical-align: top; }
tr { break-inside: avoid; }
td.time { white-space: nowrap; width: 26mm; font-variant-numeric: tabular-nums; }
td.late { color: #9a3412; font-weight: 600; }
td.unmarked { color: #777; }
.speaker { color: #555; }
.note { font-size: 10pt; color: #555; margin-bottom: 2mm; }
.round { font-size: 11pt; font-weight: 600; margin: 2mm 0 1.5mm; }
ul.insights { list-style: none; display: grid; grid-template-columns: 1fr 1fr; gap: 3mm; }
ul.insights li { background: #eef2f7; border-radius: 2.5mm; padding: 3mm 4mm; break-inside: avoid; }
.who { display: block; font-size: 9pt; font-weight: 700; color: #555; }
.own { color: #0b2d5b; }
ul.photos { list-style: none; display: grid; grid-template-columns: 1fr 1fr; gap: 4mm; }
ul.photos li { break-inside: avoid; }
ul.photos img { width: 100%; aspect-ratio: 4 / 3; object-fit: cover; border-radius: 2mm; display: block; }
`

function people(mates: readonly Mate[], t: Translate): string {
  if (mates.length === 0)
    return `<p class="sub">${escapeHtml(t('handout.none'))}</p>`
  return `<ul class="people">${mates.map(mate => `<li>${escapeHtml(mate.name)} <span class="dept">– ${escapeHtml(mate.department)}</span></li>`).join('')}</ul>`
}

function teamCard(part: PersonalPart, t: Translate): string {
  const { team } = part
  const facilitator = team.facilitator ? `<div class="sub">${escapeHtml(t('handout.facilitator', { name: team.facilitator }))}</div>` : ''
  return `<section class="card wide team"><h2>${escapeHtml(t('handout.team'))}</h2>`
    + `<div class="team-line"><div class="swatch" style="background:${team.hex}"></div><div><div class="big">${escapeHtml(team.name)}</div>`
    + `<div class="sub">${escapeHtml(t('handout.role', { role: team.role }))}</div>${facilitator}</div></div>`
    + `<div class="label">${escapeHtml(t('handout.teamMates'))}</div>${people(team.mates, t)}</section>`
}

function tableCard(part: PersonalPart, t: Translate): string {
  return `<section class="card"><h2>${escapeHtml(t('handout.table'))}</h2>`
    + `<div class="big">${escapeHtml(t('teams.table', { number: part.table.number }))}</div>`
    + `<div class="label">${escapeHtml(t('handout.tableMates'))}</div>${people(part.table.mates, t)}</section>`
}

function visitsCard(deck: Deck, part: PersonalPart, t: Translate): string {
  const { hosting, visiting } = part.visits
  const monthOrder = (month: string) => deck.visits.months.indexOf(month)
  // The first visit month first, whichever role it is.
  const lines = [
    ...hosting.map(visit => ({ month: visit.month, text: t('handout.hosting', { month: visit.month, guest: visit.guest }) })),
    ...visiting.map(visit => ({ month: visit.month, text: t('handout.visiting', { month: visit.month, host: visit.host }) })),
  ].sort((a, b) => monthOrder(a.month) - monthOrder(b.month)).map(line => line.text)
  if (part.followUp.length > 0)
    lines.push(t('handout.followUp', { month: deck.visits.followUp, names: listOf(part.followUp, deck) }))
  const body = lines.length === 0 ? [t('handout.noVisits')] : lines
  return `<section class="card visits"><h2>${escapeHtml(t('handout.visits'))}</h2>${body.map(line => `<p>${escapeHtml(line)}</p>`).join('')}</section>`
}

/** "A, B og C" / "A, B and C", as the deck's language lists names. */
function listOf(names: readonly string[], deck: Deck): string {
  return new Intl.ListFormat(LOCALES[deck.language], { style: 'long', type: 'conjunction' }).format(names)
}

function programme(deck: Deck, day: DayRecord, t: Translate): string {
  const f = formats(deck.language)
  const { rows, marked } = day.programme
  const head = `<tr><th>${escapeHtml(t('handout.planned'))}</th>${marked ? `<th>${escapeHtml(t('handout.actual'))}</th>` : ''}<th>${escapeHtml(t('handout.item'))}</th></tr>`
  const body = rows.map((row) => {
    const actual = !marked
      ? ''
      : row.actualStart === undefined
        ? `<td class="time unmarked">${escapeHtml(t('handout.notMarked'))}</td>`
        : `<td class="time${row.actualStart > row.plannedStart ? ' late' : ''}">${escapeHtml(f.clock(row.actualStart))}</td>`
    const speaker = row.speaker ? ` <span class="speaker">– ${escapeHtml(row.speaker)}</span>` : ''
    return `<tr><td class="time">${escapeHtml(f.clockRange(row.plannedStart, row.plannedEnd))}</td>${actual}<td>${escapeHtml(row.title)}${speaker}</td></tr>`
  }).join('')
  const note = marked ? '' : `<p class="note">${escapeHtml(t('handout.noMarks'))}</p>`
  return `<section><h2>${escapeHtml(t('handout.programme'))}</h2>${note}<table>${head}${body}</table></section>`
}

function insights(day: DayRecord, part: PersonalPart, t: Translate): string {
  const groups = day.insights.map(group => `<div class="round">${escapeHtml(group.title)}</div><ul class="insights">${group.items.map(item =>
    `<li><span class="who${item.table === part.table.number ? ' own' : ''}">${escapeHtml(tableLabel(item.table, part, t))}</span>${escapeHtml(item.text)}</li>`).join('')}</ul>`)
  const body = groups.length === 0 ? `<p class="note">${escapeHtml(t('handout.noInsights'))}</p>` : groups.join('')
  return `<section><h2>${escapeHtml(t('handout.insights'))}</h2>${body}</section>`
}

function tableLabel(table: number, part: PersonalPart, t: Translate): string {
  const label = t('teams.table', { number: table })
  return table === part.table.number ? `${label} (${t('handout.yourTable')})` : label
}

function photos(day: DayRecord, part: PersonalPart, photoSrc: ReadonlyMap<string, string>, t: Translate): string {
  const body = day.photos.length === 0
    ? `<p class="note">${escapeHtml(t('handout.noPhotos'))}</p>`
    : `<ul class="photos">${day.photos.map((photo) => {
      const label = tableLabel(photo.table, part, t)
      return `<li><img src="${photoSrc.get(photo.id)}" alt="${escapeHtml(label)}"><span class="who${photo.table === part.table.number ? ' own' : ''}">${escapeHtml(label)}</span></li>`
    }).join('')}</ul>`
  return `<section><h2>${escapeHtml(t('handout.photos'))}</h2>${body}</section>`
}

/** One participant's handout as an HTML document; `photoSrc` maps each photo id to a data: URL. */
export function handoutHtml(deck: Deck, part: PersonalPart, day: DayRecord, photoSrc: ReadonlyMap<string, string>): string {
  const t = translator(deck.language)
  const { seminar } = deck
  const header = `<header><div class="kicker">${escapeHtml(t('handout.kicker'))}</div><h1>${escapeHtml(part.name)}</h1>`
    + `<div class="department">${escapeHtml(part.department)}</div>`
    + `<div class="event">${escapeHtml(t('handout.event', { title: seminar.title, date: formats(deck.language).date(seminar.date), place: seminar.place }))}</div></header>`
  const body = `${header}<div class="cards">${teamCard(part, t)}${tableCard(part, t)}${visitsCard(deck, part, t)}</div>`
    + `${programme(deck, day, t)}${insights(day, part, t)}${photos(day, part, photoSrc, t)}`
  return printDocument(deck.language, t('handout.title', { name: part.name, title: seminar.title }), css, [`<main>${body}</main>`])
}

/** Longest side of a photo in print: about 300 dpi across half an A4 page's text width. */
const PHOTO_PRINT_PIXELS = 1000

/**
 * The photos as data: URLs, scaled down in Chromium (a canvas re-encodes them as JPEG) when
 * larger than print needs: every handout carries every photo, and a phone's 1600-pixel
 * picture would otherwise make each handout several megabytes.
 */
async function printablePhotos(page: Page, photos: readonly KeptPhoto[]): Promise<Map<string, string>> {
  const sources = photos.map(({ photo, jpeg }) => [photo.id, `data:image/jpeg;base64,${Buffer.from(jpeg).toString('base64')}`] as const)
  const scaled = await page.evaluate(async ({ sources, longest }) => Promise.all(sources.map(async ([id, src]) => {
    const image = new Image()
    image.src = src
    try {
      await image.decode()
    }
    catch {
      return [id, null] as const
    }
    const scale = longest / Math.max(image.naturalWidth, image.naturalHeight)
    if (scale >= 1)
      return [id, src] as const
    const canvas = document.createElement('canvas')
    canvas.width = Math.round(image.naturalWidth * scale)
    canvas.height = Math.round(image.naturalHeight * scale)
    canvas.getContext('2d')!.drawImage(image, 0, 0, canvas.width, canvas.height)
    return [id, canvas.toDataURL('image/jpeg', 0.85)] as const
  })), { sources, longest: PHOTO_PRINT_PIXELS })
  const unreadable = photos.filter((_, index) => scaled[index]![1] === null)
  if (unreadable.length > 0)
    throw new InputError(unreadable.map(({ file }) => ({ file, found: 'a picture that cannot be read', expected: 'a JPEG as the dev server keeps it (restore it, or remove its entry from photos.json)' })))
  return new Map(scaled.map(([id, src]) => [id, src!]))
}

/** Every participant's handout as PDF bytes, in the parts' order, with one Chromium; `photos` are the day's, with their JPEGs. */
export async function renderHandouts(deck: Deck, parts: readonly PersonalPart[], day: DayRecord, photos: readonly KeptPhoto[]): Promise<Buffer[]> {
  return withPrintPage(async (page) => {
    const photoSrc = await printablePhotos(page, photos)
    const pdfs: Buffer[] = []
    for (const part of parts)
      pdfs.push(await printPdf(page, handoutHtml(deck, part, day, photoSrc), { outline: true }))
    return pdfs
  })
}
