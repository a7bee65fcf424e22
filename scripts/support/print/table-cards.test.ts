import { describe, expect, it } from 'vitest'
import { drawTables, parseParticipantsText } from '../../../lib/grouping/index.ts'
import { deck } from '../../../tests/fixtures/decks/mini/index.ts'
import { ephemeralKey, tableOfToken, tableToken } from '../live/table-tokens.ts'
import { tableCardsHtml } from './table-cards.ts'

const participants = parseParticipantsText('p.csv', 'name,department\nAnna,A\nBo,B\nCarl,C\nDorte,A\nEjnar,B\nFie,C\n')

describe('tableCardsHtml', () => {
  it('puts a QR code on both faces of each card, to that table\'s page with its own token', () => {
    const key = ephemeralKey()
    const result = drawTables(participants, 3, 1)
    const html = tableCardsHtml(deck, result, table => `http://10.0.0.5:3030/table/${table}?token=${tableToken(key, table)}`)
    const hrefs = [...html.matchAll(/data-href="([^"]+)"/g)].map(match => new URL(match[1]!.replace(/&amp;/g, '&')))
    expect(hrefs).toHaveLength(result.tables.length * 2)
    for (const href of hrefs) {
      const table = Number(href.pathname.split('/').at(-1))
      expect(tableOfToken(key, href.searchParams.get('token')!)).toBe(table)
    }
    expect(html.match(/<svg/g)).toHaveLength(result.tables.length * 2)
    expect(html).toContain('Scan: jeres bord på telefonen')
  })

  it('prints no QR code without an address', () => {
    expect(tableCardsHtml(deck, drawTables(participants, 3, 1))).not.toContain('<svg')
  })
})
