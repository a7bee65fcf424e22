import { NetworkSectionSchema } from '../../lib/schema/network-section.ts'
import { defineData } from '../../lib/schema/define.ts'

export const networkSection = defineData(NetworkSectionSchema, {
  session: {
    title: 'Strategisk Ledelsesforums selvvurderede relationer – i og uden for kommunen',
    speaker: 'Arbejdsgruppen for Fælles om Ledelse',
  },
  purpose: {
    title: 'Præsentation af formål og data',
    points: [
      'Hvad er en netværksanalyse?',
      'Hvad er formålet med netværksanalysen?',
      'Forløbets gennemgående analysemodel',
    ],
  },
  forum: { title: 'Illustration af de interne relationer i Strategisk Ledelsesforum', caption: 'Figur 1.' },
  example: { title: 'Hvordan kan resultatet af en netværksanalyse også se ud?', caption: 'Figur 2.' },
  structure: { title: 'Hvad kendetegner netværksstrukturen?' },
  external: { title: 'Hvad kendetegner kerne og periferi i forhold til eksterne relationer?' },
  survey: {
    partners: ['Andre kommuner', 'Regioner', 'Ministerier og styrelser', 'Virksomheder/erhvervsliv', 'Interesseorganisationer', 'Uddannelsesinstitutioner', 'Borgere'],
    gate: 0.8,
    names: false,
    deleteBy: '2019-03-31',
    consent: {
      title: 'Netværksanalysen: før du svarer',
      paragraphs: [
        { heading: 'Hvad vi spørger om', text: 'Hvem i Strategisk Ledelsesforum du arbejder sammen med, og hvor meget kontakt du har med syv typer af eksterne samarbejdspartnere (1–5).' },
        { heading: 'Hvorfor', text: 'Svarene tegner forummets netværk: hvor tæt det er, hvem der er i kernen og periferien, og hvordan det hænger sammen med de eksterne relationer. Vi ser på det sammen i dag.' },
        { heading: 'Hvem ser hvad', text: 'Salen ser kun samlede tal og et diagram uden navne, farvet efter magistratsafdeling. Navne kan kun komme frem, hvis mindst {gate} af forummet svarer, og seminaret på forhånd har valgt det. Ingen ser, hvem du har sat kryds ved.' },
        { heading: 'Hvor svarene ligger', text: 'Kun på oplægsholderens computer, i seminarets egen mappe. De sendes ikke videre til nogen tjeneste på internettet.' },
        { heading: 'Hvornår de slettes', text: 'Alle svar og personlige koder slettes senest {deleteBy}.' },
      ],
      accept: 'Jeg vil gerne svare',
      decline: 'Nej tak, jeg svarer ikke',
    },
  },
})
