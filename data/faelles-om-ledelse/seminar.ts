import { SeminarSchema } from '../../lib/schema/seminar.ts'
import { defineData } from '../../lib/schema/define.ts'

export const seminar = defineData(SeminarSchema, {
  title: 'Fælles om Ledelse',
  organisation: 'Aarhus Kommune',
  forum: 'Strategisk Ledelsesforum',
  date: '2019-02-22',
  place: 'Aarhus',
  welcome: { title: 'Velkommen', speaker: 'Henrik Seiding' },
  programmeIntro: { title: 'Dagens program', speaker: 'Helle Bach Lauridsen' },
  thanks: { title: 'Tak for i dag', speaker: 'Henrik Seiding' },
})
