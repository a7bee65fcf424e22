import { ResearchTalkSchema } from './schema.ts'
import { defineData } from '../../lib/schema/define.ts'

export const research = defineData(ResearchTalkSchema, {
  session: {
    title: 'Grænsekrydsende samarbejde – indsigter fra forskning og redskaber til praksis',
    speaker: 'Lotte Bøgh Andersen',
  },
  cover: {
    heading: 'Indsigter fra forskningen i ledelse af grænsekrydsende samarbejde',
    topic: 'Grænsekrydsende samarbejde',
    institutions: ['Institut for Statskundskab, Aarhus Universitet', 'Kronprins Frederiks Center for Offentlig Ledelse'],
  },
  priorities: {
    title: 'Ledelse af grænsekrydsende samarbejde – er det vigtigt?',
    left: {
      heading: 'Hvad handler politisk lederskab om for jeres kommunalpolitikere?',
      items: [
        'Tage ansvar for kommunens udvikling',
        'Sætte retning',
        'Finde balancen ml. økonomi, faglighed og borgernes behov',
        'Udvikle det lokale demokrati',
        'Prioritere på tværs af områder',
        'Skabe følgeskab',
        'Give modspil til forvaltningen',
        'Skabe resultater',
        'Skabe helhed og sammenhæng',
        'Varetage alle kommunens lokalområders interesser',
        'Skabe økonomisk råderum',
      ],
    },
    right: {
      heading: 'Hvad bør kommunalbestyrelsen have særligt fokus på (jf. politikerne selv)',
      items: [
        'Tage ansvar for kommunens udvikling',
        'Skabe helhed og sammenhæng',
        'Udvikle det lokale demokrati',
        'Sætte retning',
        'Finde balancen ml. økonomi, faglighed og borgernes behov',
        'Skabe følgeskab',
        'Skabe økonomisk råderum',
        'Prioritere på tværs af områder',
        'Give modspil til forvaltningen',
        'Skabe resultater',
        'Varetage alle kommunens lokalområders interesser',
      ],
    },
  },
  relational: {
    title: 'Relationsskabende ledelse',
    points: [
      {
        text: 'Relationsskabende ledelse:',
        points: [
          'Lederens bestræbelser på at **skabe, udvikle og støtte værdifulde relationer** i organisationen',
          '**Kendskab, respekt** og **tillid** mellem roller/personer',
        ],
      },
      {
        text: 'Samspil mellem aktiv visionsledelse og relationsskabende ledelse:',
        points: [
          'Afgørende med **en fælles retning** og **fælles mål** for, at relationsskabelsen rent faktisk understøtter værdiskabelsen i organisationen',
        ],
      },
    ],
  },
  exercise: { heading: 'Praktisk øvelse i ledelse af grænsekrydsende samarbejde' },
  clip: {
    title: 'Fremtidens Aarhus Kommune (klip m. Erik)',
    caption: 'Videoklip: fremtidens Aarhus Kommune, fortalt af Erik Kaastrup-Hansen.',
    kind: 'video',
    file: 'fremtidens-aarhus-kommune.mp4',
  },
})
