import { JobVisitPlanSchema } from './schema.ts'
import { defineData } from '../../lib/schema/define.ts'

export const jobVisits = defineData(JobVisitPlanSchema, {
  session: { title: 'Rammer og retning for de kommende jobbesøg', speaker: 'Helle Bach Lauridsen' },
  practice: {
    title: 'Jobbesøg i praksis',
    background: [
      'Kendskab og gode relationer er forudsætninger for et velfungerende grænsekrydsende samarbejde. Derfor skal lederne i forlængelse af seminaret danne besøgspar og aftale besøg i praksis, så hver leder både prøver at være vært og være gæst.',
    ],
    purpose: [
      'Læringsbesøg i praksis har til formål at skabe et læringsrum for lederne i Strategisk Ledelsesforum, hvor de kan undersøge konkrete episoder og træne den ledelse, de bedriver i eksisterende grænsekrydsende samarbejder',
      'Læringsbesøg i praksis har til formål at styrke ledernes relationer internt i Strategisk Ledelsesforum',
    ],
  },
  leadership: {
    title: 'Intenderet, faktisk og opfattet ledelse',
    kinds: ['Intenderet ledelse', 'Faktisk ledelse', 'Opfattet ledelse'],
    question: 'Er der overensstemmelse mellem den ledelse som lederen **intenderer** at udøve og den ledelse som andre **opfatter**, at lederen udøver?',
  },
  frame: {
    title: 'Rammen omkring det enkelte jobbesøg',
    points: [
      'Besøgene planlægges, så værten forud for besøget deler et konkret personligt **ledelsesmæssigt læringsfokus** med gæsten. Dette læringsfokus er genstandsfelt for gæstens observationer og for den efterfølgende feedbacksamtale mellem vært og gæst. Som en del af feedbacksamtalen drøfter vært og gæst forskellige **handlemuligheder**, som værten kan afprøve i det grænsekrydsende samarbejde.',
    ],
    steps: [
      '**Før besøg:** Gæst og vært bruger tid sammen på at sikre klare gensidige aftaler omkring fokus i besøget og eget læringsfokus.',
      '**Selve besøget:** Gæsten er ”flue på væggen” i en konkret ledelsesmæssig aktivitet, som værten udfører.',
      '**Gæst og vært har fælles refleksion umiddelbart/kort efter besøget:** Efter aktiviteten sidder vært og gæst sammen og reflekterer ud fra den aftalte ramme.',
    ],
  },
  activity: {
    title: 'Konkret ledelsesmæssig aktivitet',
    intro: 'En aktivitet,',
    criteria: [
      'hvor du som vært skal stå på tæer,',
      'hvor du er nysgerrig på, hvordan andre opfatter din ledelse',
      'hvor du afprøver nye ledelsesmæssige strategier',
      'hvor du indgår i grænsekrydsende samarbejde',
    ],
    scope: { heading: 'Omfang:', text: 'F.eks. et helt møde eller lige præcis det punkt, hvor der er mest på spil for dig som vært' },
    examples: {
      heading: 'Eksempler:',
      points: [
        'et møde i en af de strategiske styregrupper,',
        'aktiviteter i en arbejdsgruppe hvor du leder en grænsekrydsende opgave,',
        'ledelse af en tværgående indsats med direktørgruppen som opgavestiller,',
        'en aktivitet hvor du indgår i et grænsekrydsende samarbejde f.eks. \'fælles om nye løsninger\', \'effekt for borgerne\' eller …',
      ],
    },
  },
  schedule: {
    title: 'Aftaler om tid og sted for jobbesøg og fælles læringsrefleksion',
    months: [
      {
        month: 'februar',
        points: [
          'Du får mail med oplysning om, hvem der er din makker i jobbesøgene, samt guide til jeres læringsbesøg hos hinanden',
          'I aftaler tid og sted for de to læringsbesøg',
        ],
      },
      { month: 'marts', points: ['Jobbesøg og fælles læringsrefleksion med en af jer som vært. I aftaler selv tid og sted'] },
      { month: 'april', points: ['Jobbesøg og fælles læringsrefleksion med den anden som vært. I aftaler selv tid og sted'] },
      { month: 'maj', points: ['Fælles opsamling mellem 2 besøgspar. Bookes og faciliteres af ledelseskonsulenter fra Aarhus Kommune'] },
    ],
  },
})
