import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseParticipantsText } from '../lib/grouping/participants.ts'
import { analyseNetwork } from '../lib/network/analyse.ts'
import { parseNetworkFiles } from '../lib/network/csv.ts'
import { networkFacts } from '../lib/network/facts.ts'
import { networkFigures } from '../lib/network/view.ts'
import { generateNetworkCsvs, networkPaths } from './generate-network.ts'
import { loadSample, participantsPath } from './generate-participants.ts'
import { defaultDeckSlug, deckSlugs, loadDeck } from './support/deck.ts'
import { deckDir } from './support/deck-entry.ts'
import { existsSync } from 'node:fs'
import { join } from 'node:path'

// The default deck's sample profile pins the seed's own figures.
const slug = defaultDeckSlug()
const sample = await loadSample(slug)
const paths = await networkPaths(slug)
const committed = (name: keyof typeof paths) => ({ file: `${name}.csv`, bytes: readFileSync(paths[name]) })
const participantsText = readFileSync(await participantsPath(slug), 'utf8')
const analysis = analyseNetwork(parseNetworkFiles({ members: committed('members'), relations: committed('relations'), external: committed('external') }))

describe('generate-network', () => {
  it('reproduces the committed CSV files byte for byte', () => {
    const csvs = generateNetworkCsvs(participantsText, sample, 'da')
    for (const name of ['members', 'relations', 'external'] as const)
      expect(csvs[name], name).toBe(readFileSync(paths[name], 'utf8'))
  })

  it('uses the forty participants, names and departments', () => {
    const participants = parseParticipantsText('participants.csv', participantsText)
    expect(analysis.nodes.map(n => [n.name, n.department])).toEqual(participants.map(p => [p.name, p.department]))
  })
})

describe('the sample survey gives the seed\'s figures', () => {
  it('40 members, 37 respondents, 611 of 1,443 possible ties (42,3 %)', () => {
    expect(analysis).toMatchObject({ members: 40, respondents: 37, ties: 611, possibleTies: 1443, density: 0.4234 })
    expect(networkFacts(networkFigures(analysis), analysis.nodes, { language: 'da', departments: 'magistratsafdelinger' })[1]!.points[0]).toBe('611 relationer ud af et teoretisk max. på 1.443 (42,3 % densitet)')
  })

  it('a clear core–periphery structure, one component, nobody indispensable', () => {
    expect(networkFacts(networkFigures(analysis), analysis.nodes, { language: 'da', departments: 'magistratsafdelinger' })[0]).toEqual({
      headline: 'Tydelig kerne-periferistruktur',
      points: ['Ingen adskilte grupperinger', 'Ingen er uundværlig!'],
    })
    expect(analysis.articulationPoints).toEqual([])
    expect(analysis.components).toBe(1)
  })

  it('a core that spans several magistratsafdelinger', () => {
    expect(new Set(analysis.nodes.filter(n => n.group === 'core').map(n => n.department)).size).toBeGreaterThanOrEqual(4)
    expect(networkFacts(networkFigures(analysis), analysis.nodes, { language: 'da', departments: 'magistratsafdelinger' })[2]!.headline).toBe('Kernen er ikke en homogen gruppe')
  })

  it('the seed\'s table of external relations, to 2 decimals', () => {
    // "Hvad kendetegner kerne og periferi i forhold til eksterne relationer?"
    expect(analysis.external).toEqual({
      partners: ['Andre kommuner', 'Regioner', 'Ministerier og styrelser', 'Virksomheder/erhvervsliv', 'Interesseorganisationer', 'Uddannelsesinstitutioner', 'Borgere'],
      core: { 'Andre kommuner': 2.86, 'Regioner': 2.88, 'Ministerier og styrelser': 2.10, 'Virksomheder/erhvervsliv': 2.00, 'Interesseorganisationer': 3.00, 'Uddannelsesinstitutioner': 2.33, 'Borgere': 2.20 },
      periphery: { 'Andre kommuner': 2.13, 'Regioner': 2.10, 'Ministerier og styrelser': 2.36, 'Virksomheder/erhvervsliv': 2.36, 'Interesseorganisationer': 2.57, 'Uddannelsesinstitutioner': 2.13, 'Borgere': 1.89 },
    })
  })
})

describe.each(deckSlugs().filter(deck => existsSync(join(deckDir(deck), 'sample.ts'))))('the committed survey of %s', (deck) => {
  it('is what its sample profile generates, byte for byte', async () => {
    const files = await networkPaths(deck)
    const csvs = generateNetworkCsvs(readFileSync(await participantsPath(deck), 'utf8'), await loadSample(deck), (await loadDeck(deck)).language)
    for (const name of ['members', 'relations', 'external'] as const)
      expect(csvs[name], name).toBe(readFileSync(files[name], 'utf8'))
  })
})
