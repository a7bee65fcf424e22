import { NetworkSectionSchema } from './schema.ts'
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
  structure: {
    title: 'Hvad kendetegner netværksstrukturen?',
    mixedCore: 'Respondenterne i kernen går på tværs af køn, organisatorisk placering og magistratsafdeling',
  },
  external: { title: 'Hvad kendetegner kerne og periferi i forhold til eksterne relationer?' },
})
