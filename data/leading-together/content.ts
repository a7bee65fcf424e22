import { defineData } from '../../lib/schema/define.ts'
import { ContentSchema } from './schema.ts'

export const content = defineData(ContentSchema, {
  goals: {
    title: 'Why we are here this morning',
    intro: 'By lunchtime we want to have:',
    points: [
      'heard what **residents** say about dealing with five directorates',
      'found the seams where their problems fall between our teams',
      '**90-day ideas** each team will try',
      'a picture of how we, the forum, are connected – and a visit partner',
    ],
  },
  course: { title: 'Leading Together 2026' },
  residents: {
    session: { title: 'What our residents tell us', speaker: 'Dr Helen Okafor, Northfield University' },
    quote: {
      text: '“I told my story four times to four departments. Nobody was rude. Nobody owned it either.”',
      who: 'Resident, Eastgate estate, interview 12',
    },
    findings: {
      title: 'Three things we heard in 40 interviews',
      points: [
        { text: '**Hand-offs hurt more than waiting**', points: ['Residents forgive a slow repair; they do not forgive being passed on.'] },
        { text: '**One named person matters**', points: ['Where someone followed the case through, satisfaction doubled.'] },
        { text: '**Staff see the seams first**', points: ['Front-line colleagues know where cases get stuck – and rarely tell us.'] },
      ],
    },
    priorities: {
      title: 'What matters most – what we assumed, what residents said',
      left: { heading: 'What we assumed', items: ['Repair times', 'Rent level', 'Communal cleaning', 'Being kept informed', 'One point of contact', 'Online services'] },
      right: { heading: 'What residents said', items: ['One point of contact', 'Being kept informed', 'Repair times', 'Communal cleaning', 'Rent level', 'Online services'] },
    },
    journey: { title: 'One resident\'s journey through our services', caption: 'Journey map from the interviews: 11 contacts, 4 teams, 63 days.' },
  },
  tables: { title: 'Tables of three' },
  network: {
    session: { title: 'How we are connected: the forum survey', speaker: 'People Analytics team' },
    purpose: {
      title: 'Why a network survey?',
      points: [
        'Each of us named the colleagues in the forum we work with at least monthly',
        'The picture shows who is **central**, who is on the **edge**, and where the gaps are',
        'It is a mirror for the forum, not a rating of anyone: names stay off the slides',
      ],
    },
    title: 'The Senior Leadership Forum, as you described it',
    structure: 'What the survey shows',
    external: 'Contact with partners outside the Trust',
    broker: 'For comparison: a network that hangs on one person',
    brokerCaption: 'Groups joined only through one person: if they leave, the network falls apart',
  },
  breakTitle: 'Coffee break',
  teams: {
    title: 'Teams and roles for the visits',
    intro: 'Your badge shows your **team colour** and a **role** for the follow-up:',
    points: [
      'Each team has a facilitator and mixes every directorate',
      'In each team, one **director** per directorate convenes; the others are **managers**',
    ],
  },
  visits: {
    title: 'Visits to each other',
    intro: {
      title: 'Job visits in pairs',
      points: [
        'Spend half a day in your partner\'s world – and host them in yours',
        'Look for one seam a resident falls through, and one thing to borrow',
      ],
    },
  },
  nextSteps: {
    title: 'Next steps',
    points: [
      '**This week:** agree a date with your visit partner',
      '**Within 90 days:** each team tries one idea from this morning',
      '**July:** follow-up in groups of four; second network survey in September',
    ],
  },
})
