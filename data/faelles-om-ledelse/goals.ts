import { GoalsSchema } from './schema.ts'
import { defineData } from '../../lib/schema/define.ts'

export const goals = defineData(GoalsSchema, {
  course: {
    title: 'Mål',
    points: [
      'At styrke den øverste strategiske ledelses kompetencer til at udleve \'Fortællingen om Aarhus\', \'Leder- og medarbejderroller\' og \'Fælles om Aarhus\'.',
      'Det betyder, at udviklingsforløbet skal udvikle ledernes kompetencer til strategisk ledelse, der understøtter arbejdet med fælles strategiske indsatser og udfordringer samt samarbejde på tværs.',
    ],
  },
  learning: {
    title: 'Læringsfokus og øvebane',
    focus: {
      question: 'Læringsfokus – hvad vil jeg styrke i min visionsledelse',
      points: [
        'Læringsfokus skal være eksemplarisk, så den læring og erfaring, du som leder får fra arbejdet med læringsfokus i din øvebane kan generaliseres til andre situationer og kontekster',
        'Læringsfokus skal være realistisk og ambitiøs',
      ],
    },
    practiceField: {
      question: 'Øvebanen – i hvilket udsnit af min ledelsespraksis vil jeg træne mit læringsfokus',
      points: [
        'Øvebanen er et udsnit af din ledelsespraksis, hvor du arbejder på tværs af flere magistratsafdelinger og dermed en udfordring/udviklingsønske, som kun kan løses i et tværgående samarbejde.',
        'Øvebanen er dit aktionslæringsprojekt og et middel til at træne dit læringsfokus og omsætte målene med \'Fælles om ledelse\' gennem refleksion og handlinger.',
      ],
    },
  },
  boundaryCrossing: {
    title: 'Mål med grænsekrydsende samarbejde',
    intro: 'Det er målet, at cheferne i Strategisk Ledelsesforum gennem arbejdet med grænsekrydsende samarbejde:',
    points: [
      'får fælles viden om og sprog for grænsekrydsende samarbejde',
      'får indsigt i, hvornår og hvordan vi udøver ledelse i grænsekrydsende samarbejde',
      'får indsigt i barrierer og muligheder i det grænsekrydsende samarbejde og derigennem motiveres til at styrke det grænsekrydsende samarbejde',
      'kan omsætte aktiv visionsledelse i det grænsekrydsende samarbejde',
    ],
  },
})
