// "Leading Together": a half-day leadership workshop of Brightwater Housing Trust, a
// fictional housing association. Its deck object is what components, the CLI and the print
// templates read; the content of its own slides is in content.ts (typed by schema.ts).
import { DeckSchema, defineDeck } from '../../lib/schema/deck.ts'

export const deck = defineDeck(DeckSchema, {
  slug: 'leading-together',
  language: 'en',
  seminar: {
    title: 'Leading Together',
    organisation: 'Brightwater Housing Trust',
    forum: 'Senior Leadership Forum',
    date: '2026-04-16',
    place: 'The Foundry, Brightwater',
    departmentAbbreviations: {
      'Customer Experience': 'CX',
      'Housing Services': 'Housing',
      'People and Culture': 'People',
      'Repairs and Assets': 'Repairs',
    },
    welcome: { title: 'Welcome to Leading Together', speaker: 'Priya Raman, Chief Executive' },
    programmeIntro: { title: 'This morning', speaker: 'Tom Ashworth, Head of Organisational Development' },
    thanks: { title: 'Thank you – see you on the visits', speaker: 'Priya Raman' },
  },
  programme: {
    headings: { time: 'Time', item: 'Session' },
    items: [
      { id: 'welcome', start: '09.00', end: '09.15', title: 'Welcome: why we lead together', speaker: 'Priya Raman' },
      { id: 'residents', start: '09.15', end: '09.50', title: 'What our residents tell us', speaker: 'Dr Helen Okafor, Northfield University' },
      { id: 'tables', start: '09.50', end: '10.15', title: 'Table talk in threes', speaker: 'Everyone' },
      { id: 'ideas', start: '10.30', end: '10.50', title: '1-2-4-All: ideas for the first 90 days', speaker: 'Tom Ashworth' },
      { id: 'network', start: '10.50', end: '11.25', title: 'How we are connected: the forum survey', speaker: 'People Analytics team' },
      { id: 'troika', start: '11.25', end: '12.00', title: 'Troika Consulting on live challenges', speaker: 'Everyone' },
      { id: 'close', start: '12.00', end: '12.20', title: 'Teams, visits and next steps', speaker: 'Tom Ashworth' },
      { id: 'lunch', start: '12.30', title: 'Lunch in the atrium', pinned: true },
    ],
  },
  rounds: [
    {
      id: 'tables',
      programmeItem: 'tables',
      title: 'Table talk in threes',
      intro: 'Sit with two colleagues from other directorates. One question at a time.',
      format: 'threes',
      questions: [
        { id: 'heard', heading: 'What we heard', text: 'Which of the residents\' stories stays with you?', minutes: 8, prompts: ['What does it say about how we work together?'] },
        { id: 'seams', heading: 'The seams', text: 'Where does a resident\'s problem fall between two of our teams?', minutes: 8, prompts: ['Who notices first?', 'Who owns the fix?'] },
      ],
    },
    {
      id: 'ideas',
      programmeItem: 'ideas',
      title: 'Ideas for the first 90 days',
      intro: 'From your own thoughts to the room\'s best ideas in twelve minutes.',
      format: '1-2-4-all',
      questions: [{ id: 'first-90-days', text: 'What could we start doing in the next 90 days so residents feel one organisation, not five?' }],
    },
    {
      id: 'troika',
      programmeItem: 'troika',
      title: 'Live leadership challenges',
      intro: 'Groups of three. Each of you is the client once and a consultant twice.',
      format: 'troika',
      questions: [{ id: 'challenge', text: 'A leadership challenge you face right now, across a boundary' }],
    },
  ],
  teams: {
    // Okabe–Ito colours stay distinct for colour-blind viewers; every colour is also named.
    colours: [
      { colour: 'blue', name: 'Harbour Blue', facilitator: 'Grace', hex: '#0072b2' },
      { colour: 'orange', name: 'Sunrise Orange', facilitator: 'Marcus', hex: '#e69f00' },
      { colour: 'purple', name: 'Heather Purple', facilitator: 'Aisha', hex: '#cc79a7' },
    ],
    roles: { lead: 'director', member: 'manager' },
  },
  visits: { months: ['May', 'June'], followUp: 'July' },
  phases: [
    { number: 1, from: '2026-01', to: '2026-03', title: 'Listening', items: ['Resident interviews.', 'Forum network survey.', 'One-to-ones with every leader.'] },
    { number: 2, from: '2026-04', to: '2026-06', title: 'Leading together', seminar: { dates: ['2026-04-16'], label: 'Workshop, 16 April:', theme: 'Working across directorates for residents.' }, handling: 'Job visits in pairs.', activity: 'Trying one 90-day idea per team.' },
    { number: 3, from: '2026-07', to: '2026-09', title: 'Learning', items: ['Follow-up in groups of four.', 'Second network survey.'] },
    { number: 4, from: '2026-10', to: '2026-12', title: 'Embedding', items: ['Forum conference.', 'New ways of working in the business plan.'] },
  ],
  words: { department: 'Directorate', departments: 'directorates' },
  files: {
    participants: 'participants.csv',
    network: { members: 'network/members.csv', relations: 'network/relations.csv', external: 'network/external.csv' },
  },
  survey: {
    partners: ['Local authorities', 'Health services', 'Contractors', 'Charities', 'Residents\' groups'],
    deleteBy: '2026-06-30',
    consent: {
      title: 'The forum survey: before you answer',
      paragraphs: [
        { heading: 'What we ask', text: 'Which colleagues in the Senior Leadership Forum you work with, and how much contact you have with five kinds of external partner (1–5).' },
        { heading: 'Why', text: 'Your answers draw the forum\'s network: how dense it is, who is at its core and its edge, and how that relates to our partners outside. We look at it together today.' },
        { heading: 'Who sees what', text: 'The room only sees totals and a diagram without names, coloured by directorate. Names can only appear if at least {gate} of the forum answer and the workshop chose so beforehand. Nobody sees whom you ticked.' },
        { heading: 'Where the answers are kept', text: 'Only on the presenter\'s computer, in the workshop\'s own folder. They are not sent to any online service.' },
        { heading: 'When they are deleted', text: 'Every answer and personal code is deleted by {deleteBy} at the latest.' },
      ],
      accept: 'I would like to answer',
      decline: 'No thanks, I won\'t answer',
    },
  },
})

export { content } from './content.ts'
