import { LegoExerciseSchema } from './schema.ts'
import { defineData } from '../../lib/schema/define.ts'
import { TeamsSchema } from '../../lib/schema/teams.ts'

export const lego = defineData(LegoExerciseSchema, {
  title: 'Træning af grænsekrydsende samarbejde i praksis',
  task: {
    intro: 'Jeres konkrete opgave er:',
    points: [
      '**At bygge/illustrere fremtidens Aarhus Kommune** vha. legoklodser',
      'Som både direktører og chefer står I naturligvis på mål både for oversættelse og konkretisering af visionen for fremtidens Aarhus Kommune i egen magistratsafdeling og for Aarhus Kommune som helhed, hvilket det færdige produkt skal illustrere',
    ],
  },
  purpose: [
    'Formålet med øvelsen er at træne jeres kompetencer til ledelse af målopnåelse på tværs via grænsekrydsende samarbejde',
    'Produktet af jeres arbejde vil blive delt med borgerne i Aarhus Kommune',
  ],
  instructions: {
    title: 'Fælles instruktioner',
    intro: 'Som det fremgår af bagsiden på jeres navneskilt, er I alle blevet tildelt:',
    assigned: [
      '**1) en farve** (Aarhus Kommune Blå, Rød eller Grøn)',
      '**2) en ledelsesrolle** enten som direktør eller chef i jeres egen magistratsafdeling',
    ],
    teamsIntro: 'Jeres dygtige medarbejdere venter på jer ude i kommunen (gå efter de farvede skilte), hvor I får yderligere instruktioner:',
  },
  presentation: {
    title: 'Fælles præsentation af produkter',
    points: [
      'Kommunens direktører og chefer samles nu for at præsentere det færdige produkt på et byrådsseminar, hvor århusianske borgere også er tilstede',
      'Der tages billeder under præsentationerne af de færdige produkter, som deles med kommunens borgere efterfølgende',
    ],
  },
  insights: {
    title: 'Fælles indsigter og læring',
    intro: 'Tværgående centrale pointer fra arbejdet med aktiv visionsledelse og ledelse af grænsekrydsende samarbejde:',
    points: [
      'Visionen og især kommunikationen er vigtig for, at mellemledere og medarbejdere kan se meningen og retningen med arbejdet',
      'I bruger de andre typer ledelse sammen med relationsskabende visionsledelse. Mest tydeligt var hhv. anerkendelse og distribueret ledelse',
      'Borgerfokusset er varierende mellem kommunerne, og det samme gælder hastigheden, hvormed I lykkes med at dele ressourcer og få bragt alle ressourcer i spil. Ligeledes varierede det, i hvilken grad cheferne formåede at sikre rammerne for, at medarbejderne kunne lykkes med at arbejde sammen om at løse den konkrete opgave (fx ved at give mulighed for udlån af medarbejdere på tværs af magistratsafdelinger, sikre deling og fælles udnyttelse af ressourcer, hjælpe til at medarbejderne i fællesskab havde blik for de fysiske begrænsninger for produktet)',
      'Det er nemmere at få gjort tingene rigtigt her, hvor det "kun" er leg – men indsigterne kan overføres til det grænsekrydsende samarbejde i hverdagen',
    ],
  },
})

// Team colours from the Okabe–Ito palette, which stays distinct for colour-blind viewers.
export const teams = defineData(TeamsSchema, {
  colours: [
    { colour: 'blå', name: 'Aarhus Kommune Blå', facilitator: 'Camilla', hex: '#0072b2' },
    { colour: 'rød', name: 'Aarhus Kommune Rød', facilitator: 'Nanna', hex: '#d55e00' },
    { colour: 'grøn', name: 'Aarhus Kommune Grøn', facilitator: 'Linnea', hex: '#009e73' },
  ],
  roles: { lead: 'direktør', member: 'chef' },
})
