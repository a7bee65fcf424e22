import { SeminarSchema } from '../../lib/schema/seminar.ts'
import { defineData } from '../../lib/schema/define.ts'

export const seminar = defineData(SeminarSchema, {
  title: 'Fælles om Ledelse',
  organisation: 'Aarhus Kommune',
  forum: 'Strategisk Ledelsesforum',
  date: '2019-02-22',
  place: 'Aarhus',
  departmentAbbreviations: {
    'Borgmesterens Afdeling': 'BA',
    'Børn og Unge': 'MBU',
    'Kultur og Borgerservice': 'MKB',
    'Sociale Forhold og Beskæftigelse': 'MSB',
    'Sundhed og Omsorg': 'MSO',
    'Teknik og Miljø': 'MTM',
  },
  welcome: { title: 'Velkommen', speaker: 'Henrik Seiding' },
  programmeIntro: { title: 'Dagens program', speaker: 'Helle Bach Lauridsen' },
  thanks: { title: 'Tak for i dag', speaker: 'Henrik Seiding' },
})
