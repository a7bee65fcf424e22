import { defineData } from '../../lib/schema/define.ts'
import { SurveySchema } from '../../lib/schema/survey.ts'

/** The live network survey of Strategisk Ledelsesforum: the seven external partner types of Figur 3. */
export const survey = defineData(SurveySchema, {
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
})
