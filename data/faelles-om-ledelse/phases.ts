import { PhasesSchema } from '../../lib/schema/phases.ts'
import { defineData } from '../../lib/schema/define.ts'

/** The course "Fælles om Ledelse", June 2018 – December 2019, in four phases. */
export const phases = defineData(PhasesSchema, [
  {
    number: 1,
    from: '2018-06',
    to: '2018-11',
    title: 'Personligt ledelsesgrundlag',
    items: [
      'Individuel forberedelse.',
      'Workshops i fortrolige grupper.',
      'Refleksioner, feedback og inspiration i workshops.',
    ],
  },
  {
    number: 2,
    from: '2018-11',
    to: '2019-02',
    title: 'Aktiv visionsledelse',
    seminar: {
      dates: ['2018-11-08', '2018-11-09'],
      label: 'Fælles seminar 8.-9. november:',
      theme: 'Personligt ledelsesgrundlag og aktiv visionsledelse (fælles sprog og viden)',
    },
    handling: 'Træne lederskabet på udvalgt tema (øvebane).',
    activity: 'Coaching – indsigt i egen ledelse på baggrund af feedback og refleksion.',
  },
  {
    number: 3,
    from: '2019-02',
    to: '2019-08',
    title: 'Grænsekrydsende samarbejde',
    seminar: {
      dates: ['2019-02-22'],
      label: 'Fælles seminar 22. februar:',
      theme: 'Grænsekrydsende samarbejde (fælles sprog og viden).',
    },
    handling: 'Træne lederskabet på udvalgt tema (øvebane).',
    activity: 'Jobbesøg hos hinanden – indsigt i egen ledelse på baggrund af feedback og refleksion.',
  },
  {
    number: 4,
    from: '2019-08',
    to: '2019-12',
    title: 'Samskabelse af velfærd',
    seminar: {
      dates: ['2019-08-30'],
      label: 'Fælles seminar 30. august:',
      theme: 'Samskabelse af velfærd (fælles sprog og viden).',
    },
    handling: 'Træne lederskabet på udvalgt tema (øvebane).',
    activity: 'Coaching / sparring – indsigt i egen ledelse på baggrund af feedback og refleksion.',
  },
])
