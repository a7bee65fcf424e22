import { DiscussionsSchema } from '../../lib/schema/discussions.ts'
import { defineData } from '../../lib/schema/define.ts'

export const discussions = defineData(DiscussionsSchema, [
  {
    id: 'visionsledelse',
    programmeItem: 'visionsledelse',
    title: 'Drøftelse ved bordene i grupper á tre',
    intro: 'Del jeres refleksioner og jeres læring fra arbejdet med aktiv visionsledelse',
    format: 'threes',
    insights: true,
    questions: [
      { id: '1', text: 'Hvilken læring har træningen af aktiv visionsledelse givet dig?', minutes: 10 },
      { id: '2', text: 'Hvilke indsigter har coachingen givet på tværs af sparringsgruppen?', minutes: 10 },
    ],
  },
  {
    id: 'netvaerk',
    programmeItem: 'relationer',
    title: 'Drøftelse ved bordene',
    format: 'knowledge-reflection-action',
    questions: [
      {
        id: 'viden',
        heading: 'Viden',
        text: 'Samtale om data',
        minutes: 5,
        prompts: [
          'Hvilken ny viden giver netværksdiagrammerne?',
          'Hvad fortæller netværksdiagrammerne ikke noget om?',
          'Hvilken anden data kan supplere netværksdiagrammerne?',
        ],
      },
      {
        id: 'refleksion',
        heading: 'Refleksion',
        text: 'Fælles refleksion',
        minutes: 5,
        prompts: [
          'Er der tendenser i netværksdiagrammerne, som I undrer jer over?',
          'Kan netværksdiagrammerne forstås på mere end én måde?',
          'Ser netværksdiagrammerne ud som ønsket?',
        ],
      },
      {
        id: 'handling',
        heading: 'Handling',
        text: 'De næste bedste skridt',
        minutes: 5,
        prompts: ['Hvad vil du bruge opmærksomhederne til som medlem af Strategisk Ledelsesforum?'],
      },
    ],
  },
  {
    id: 'sidemand',
    programmeItem: 'afrunding',
    title: 'Tal med din sidemand om følgende 3 spørgsmål',
    format: 'neighbour',
    questions: [
      { id: '1', text: 'Hvornår arbejder du grænsekrydsende?', minutes: 5, prompts: ['Tænk på konkrete møder, aktiviteter, projekter …'] },
      { id: '2', text: 'Hvilken ledelsesstrategi er særlig relevant for dig?', minutes: 5, prompts: ['Distribueret ledelse, relationsskabende ledelse, datainformeret ledelse eller betinget anerkendelse?'] },
      { id: '3', text: 'Hvilket ledelsesmæssigt læringsfokus overvejer du at bruge jobbesøgene som input til?', minutes: 5, prompts: ['Fx hvad vil du gerne styrke i den relationsskabende ledelse?'] },
    ],
  },
])
