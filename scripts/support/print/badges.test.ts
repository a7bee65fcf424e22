import { describe, expect, it } from 'vitest'
import { drawTeams, parseParticipantsText } from '../../../lib/grouping/index.ts'
import { deck } from '../../../tests/fixtures/decks/mini/index.ts'
import { badgesFromTeams, badgesHtml } from './badges.ts'

const participants = parseParticipantsText('p.csv', 'name,department\nAnna,A\nBo,B\nCarl,C\nDorte,A\n')
const badges = badgesFromTeams(deck, drawTeams(participants, deck.teams.colours, 1, deck.teams.roles))

describe('badgesHtml', () => {
  it('prints a survey QR code, linked to the wearer\'s address, on the backs of badges that have one', () => {
    const linked = badges.map(badge => badge.name === 'Bo' ? { ...badge, survey: 'http://10.0.0.5:3030/survey?token=p-abc&x=1' } : badge)
    const html = badgesHtml(deck, linked)
    const backs = html.slice(html.indexOf('back-page'))
    expect(html.indexOf('class="survey"')).toBeGreaterThan(html.indexOf('back-page'))
    expect([...backs.matchAll(/<a class="survey" href="([^"]+)">/g)].map(match => match[1])).toEqual(['http://10.0.0.5:3030/survey?token=p-abc&amp;x=1'])
    expect(backs.match(/<svg/g)).toHaveLength(2) // the crop marks and the one QR code
    expect(html).toContain('Scan: netværksspørgeskemaet')
  })

  it('prints no QR code without links', () => {
    const html = badgesHtml(deck, badges)
    expect(html).not.toContain('class="survey"')
    expect(html).not.toContain('Scan:')
  })
})
