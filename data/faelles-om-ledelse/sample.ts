import { defineData } from '../../lib/schema/define.ts'
import { SampleSchema } from '../../lib/schema/sample.ts'

/**
 * Forty fictional leaders across Aarhus Kommune's six magistratsafdelinger, and a survey
 * that the toolkit's own analysis turns into the seed's figures: 37 respondents, 611 of
 * 1,443 possible ties, a clear core spanning several magistratsafdelinger, nobody
 * indispensable, and the seed's table of external relations.
 */
export const sample = defineData(SampleSchema, {
  seed: 2019,
  departments: [
    { name: 'Borgmesterens Afdeling', size: 6 },
    { name: 'Børn og Unge', size: 8 },
    { name: 'Kultur og Borgerservice', size: 6 },
    { name: 'Sociale Forhold og Beskæftigelse', size: 7 },
    { name: 'Sundhed og Omsorg', size: 7 },
    { name: 'Teknik og Miljø', size: 6 },
  ],
  firstNames: [
    'Anders', 'Anne', 'Birgitte', 'Bo', 'Christian', 'Dorthe', 'Erik', 'Flemming', 'Gitte',
    'Hanne', 'Henrik', 'Ida', 'Jakob', 'Jens', 'Jette', 'Karen', 'Kasper', 'Kirsten', 'Lars',
    'Lene', 'Line', 'Lone', 'Mads', 'Maria', 'Mette', 'Michael', 'Morten', 'Niels', 'Pernille',
    'Peter', 'Rasmus', 'Rikke', 'Søren', 'Signe', 'Steen', 'Susanne', 'Thomas', 'Tove', 'Ulla',
    'Vibeke', 'Åse', 'Ole', 'Merete', 'Torben', 'Helle', 'Jørgen', 'Bente',
  ],
  lastNames: [
    'Andersen', 'Bach', 'Christensen', 'Dahl', 'Eriksen', 'Frandsen', 'Gregersen', 'Hansen', 'Holm', 'Iversen',
    'Jensen', 'Jørgensen', 'Kjær', 'Klausen', 'Larsen', 'Lund', 'Madsen', 'Møller', 'Nielsen', 'Nørgaard',
    'Olesen', 'Pedersen', 'Poulsen', 'Rasmussen', 'Skov', 'Sørensen', 'Thomsen', 'Vestergaard', 'Østergaard', 'Ebbesen',
  ],
  leadTitle: 'Direktør',
  titles: ['Afdelingschef', 'Kontorchef', 'Centerchef', 'Økonomichef', 'HR-chef', 'Udviklingschef', 'Områdechef', 'Stabschef'],
  emailDomain: 'eksempel.dk',
  survey: {
    respondents: 37,
    ties: 611,
    // Three per department: with two, the ties needed for 42 % density made the core blur.
    plantedPerDepartment: 3,
    minCoreDepartments: 4,
    external: [
      { partner: 'Andre kommuner', core: 2.86, periphery: 2.13 },
      { partner: 'Regioner', core: 2.88, periphery: 2.10 },
      { partner: 'Ministerier og styrelser', core: 2.10, periphery: 2.36 },
      { partner: 'Virksomheder/erhvervsliv', core: 2.00, periphery: 2.36 },
      { partner: 'Interesseorganisationer', core: 3.00, periphery: 2.57 },
      { partner: 'Uddannelsesinstitutioner', core: 2.33, periphery: 2.13 },
      { partner: 'Borgere', core: 2.20, periphery: 1.89 },
    ],
  },
})
