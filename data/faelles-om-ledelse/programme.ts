import { ProgrammeSchema } from '../../lib/schema/programme.ts'
import { defineData } from '../../lib/schema/define.ts'

export const programme = defineData(ProgrammeSchema, {
  headings: { time: 'Tid', item: 'Programpunkt' },
  items: [
    { id: 'visionsledelse', start: '09.00', end: '09.30', title: 'Erfaringer med aktiv visionsledelse', speaker: 'Erik Kaastrup-Hansen' },
    { id: 'forskning', start: '09.45', end: '11.15', title: 'Grænsekrydsende samarbejde – indsigter fra forskning og redskaber til praksis', speaker: 'Lotte Bøgh Andersen' },
    { id: 'relationer', start: '11.30', end: '12.15', title: 'Strategisk Ledelsesforum selvvurderede relationer – i og udenfor kommunen', speaker: 'Arbejdsgruppen for Fælles om Ledelse' },
    { id: 'graenselandet', start: '12.15', end: '13.25', title: 'At arbejde og lede i grænselandet', speaker: 'Lotte Henriksen' },
    { id: 'afrunding', start: '13.25', end: '13.30', title: 'Afrunding af dagen og et blik frem på de næste skridt', speaker: 'Helle Bach Lauridsen' },
    { id: 'blixen', start: '13.30', title: 'Rundvisning på \'Blixen\'', pinned: true },
  ],
})
