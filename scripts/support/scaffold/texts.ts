import type { Language } from '../../../lib/i18n/messages.ts'

/** The example content `seminar new` writes, in each deck language: every word a presenter will replace. */
export interface ScaffoldTexts {
  organisation: string
  forum: string
  place: string
  host: string
  welcome: string
  programmeIntro: string
  thanks: string
  headings: { time: string, item: string }
  items: { id: string, title: string, speaker?: string }[]
  lunch: string
  goals: { title: string, intro: string, points: string[] }
  priorities: { title: string, left: string, right: string, items: string[], shifted: string[] }
  figure: { title: string, caption: string }
  course: { title: string, phases: string[], items: string[][] }
  rounds: {
    threes: { title: string, intro: string, questions: { heading: string, text: string, prompts: string[] }[] }
    ideas: { title: string, intro: string, question: string }
    troika: { title: string, intro: string, question: string }
  }
  teams: { title: string, colours: { colour: string, name: string, facilitator: string, hex: string }[], roles: { lead: string, member: string } }
  tables: string
  visits: string
  networkTitle: string
  networkStructure: string
  networkExternal: string
  brokerTitle: string
  brokerCaption: string
  breakTitle: string
  words: { department: string, departments: string }
  sample: {
    departments: string[]
    firstNames: string[]
    lastNames: string[]
    leadTitle: string
    titles: string[]
    emailDomain: string
    partners: string[]
  }
}

export const SCAFFOLD_TEXTS: Record<Language, ScaffoldTexts> = {
  da: {
    organisation: 'Eksempel Kommune',
    forum: 'Ledergruppen',
    place: 'Rådhuset',
    host: 'Vært',
    welcome: 'Velkommen',
    programmeIntro: 'Dagens program',
    thanks: 'Tak for i dag',
    headings: { time: 'Tid', item: 'Programpunkt' },
    items: [
      { id: 'velkomst', title: 'Velkomst og dagens formål', speaker: 'Vært' },
      { id: 'oplaeg', title: 'Oplæg: samarbejde på tværs', speaker: 'Oplægsholder' },
      { id: 'workshop', title: 'Workshop: idéer til i morgen', speaker: 'Facilitatorer' },
      { id: 'netvaerk', title: 'Vores netværk', speaker: 'Arbejdsgruppen' },
      { id: 'afslutning', title: 'Afrunding og næste skridt', speaker: 'Vært' },
    ],
    lunch: 'Frokost',
    goals: { title: 'Dagens mål', intro: 'Når vi går hjem i dag, har vi:', points: ['**fælles sprog** for samarbejde på tværs', 'idéer, vi kan afprøve i morgen', 'et billede af vores eget netværk'] },
    priorities: { title: 'Hvad fylder mest – før og nu?', left: 'Før', right: 'Nu', items: ['Drift', 'Samarbejde', 'Udvikling', 'Borgerne'], shifted: ['Borgerne', 'Samarbejde', 'Drift', 'Udvikling'] },
    figure: { title: 'Et billede fra praksis', caption: 'Her kommer et foto eller en figur.' },
    course: { title: 'Forløbet', phases: ['Opstart', 'Seminar', 'Afprøvning'], items: [['Interview med lederne.', 'Netværksundersøgelse.'], ['Fælles seminar.'], ['Afprøvning i hverdagen.', 'Opfølgning.']] },
    rounds: {
      threes: {
        title: 'Drøftelse ved bordene',
        intro: 'Tag et spørgsmål ad gangen.',
        questions: [
          { heading: 'Erfaringer', text: 'Hvornår er samarbejdet på tværs lykkedes for dig?', prompts: ['Hvad gjorde forskellen?'] },
          { heading: 'Næste skridt', text: 'Hvad vil du prøve i næste uge?', prompts: ['Hvem skal du have med?'] },
        ],
      },
      ideas: { title: 'Idéer til i morgen', intro: 'Fra egne tanker til rummets bedste idéer.', question: 'Hvad kan vi gøre anderledes i morgen for at samarbejde bedre?' },
      troika: { title: 'Troika-konsultation', intro: 'Hjælp hinanden med en konkret udfordring.', question: 'Din aktuelle udfordring som leder' },
    },
    teams: {
      title: 'Hold og roller',
      colours: [
        { colour: 'blå', name: 'Hold Blå', facilitator: 'Anna', hex: '#0072b2' },
        { colour: 'orange', name: 'Hold Orange', facilitator: 'Bo', hex: '#d55e00' },
        { colour: 'grøn', name: 'Hold Grøn', facilitator: 'Carla', hex: '#009e73' },
      ],
      roles: { lead: 'direktør', member: 'chef' },
    },
    tables: 'Borde i grupper á tre',
    visits: 'Besøg hos hinanden',
    networkTitle: 'Vores netværk',
    networkStructure: 'Hvad kendetegner netværket?',
    networkExternal: 'Kontakt med eksterne samarbejdspartnere',
    brokerTitle: 'Sådan kan et netværk også se ud',
    brokerCaption: 'Grupper, der kun hænger sammen gennem én person',
    breakTitle: 'Pause',
    words: { department: 'Afdeling', departments: 'afdelinger' },
    sample: {
      departments: ['Økonomi', 'Drift', 'Udvikling', 'Personale'],
      firstNames: ['Anna', 'Bo', 'Carla', 'Dennis', 'Eva', 'Frederik', 'Gry', 'Hans', 'Inge', 'Johan', 'Katrine', 'Lasse', 'Marie', 'Nikolaj', 'Olivia', 'Poul', 'Rebekka', 'Simon', 'Tina', 'Uffe', 'Vera', 'William', 'Yrsa', 'Zenia'],
      lastNames: ['Berg', 'Dam', 'Friis', 'Gade', 'Hvid', 'Krogh', 'Lind', 'Mose', 'Riis', 'Storm', 'Toft', 'Winther'],
      leadTitle: 'Direktør',
      titles: ['Afdelingschef', 'Teamleder', 'Konsulent', 'Projektleder'],
      emailDomain: 'eksempel.dk',
      partners: ['Andre kommuner', 'Virksomheder', 'Foreninger', 'Borgere'],
    },
  },
  en: {
    organisation: 'Example Organisation',
    forum: 'Leadership team',
    place: 'Head office',
    host: 'Host',
    welcome: 'Welcome',
    programmeIntro: 'Today\'s programme',
    thanks: 'Thank you',
    headings: { time: 'Time', item: 'Session' },
    items: [
      { id: 'welcome', title: 'Welcome and purpose of the day', speaker: 'Host' },
      { id: 'talk', title: 'Talk: working across boundaries', speaker: 'Speaker' },
      { id: 'workshop', title: 'Workshop: ideas for tomorrow', speaker: 'Facilitators' },
      { id: 'network', title: 'Our network', speaker: 'Working group' },
      { id: 'close', title: 'Wrap-up and next steps', speaker: 'Host' },
    ],
    lunch: 'Lunch',
    goals: { title: 'Goals of the day', intro: 'When we leave today, we have:', points: ['a **shared language** for working across teams', 'ideas we can try tomorrow', 'a picture of our own network'] },
    priorities: { title: 'What takes up our time – then and now?', left: 'Then', right: 'Now', items: ['Operations', 'Collaboration', 'Development', 'Customers'], shifted: ['Customers', 'Collaboration', 'Operations', 'Development'] },
    figure: { title: 'A picture from practice', caption: 'A photo or a figure goes here.' },
    course: { title: 'The programme', phases: ['Kick-off', 'Workshop', 'Trying it out'], items: [['Interviews with the leaders.', 'Network survey.'], ['Joint workshop.'], ['Trying it out at work.', 'Follow-up.']] },
    rounds: {
      threes: {
        title: 'Table talk',
        intro: 'One question at a time.',
        questions: [
          { heading: 'Experience', text: 'When has working across teams gone well for you?', prompts: ['What made the difference?'] },
          { heading: 'Next step', text: 'What will you try next week?', prompts: ['Who do you need on board?'] },
        ],
      },
      ideas: { title: 'Ideas for tomorrow', intro: 'From your own thoughts to the room\'s best ideas.', question: 'What could we do differently tomorrow to work better together?' },
      troika: { title: 'Troika Consulting', intro: 'Help each other with a real challenge.', question: 'Your current leadership challenge' },
    },
    teams: {
      title: 'Teams and roles',
      colours: [
        { colour: 'blue', name: 'Team Blue', facilitator: 'Alex', hex: '#0072b2' },
        { colour: 'orange', name: 'Team Orange', facilitator: 'Sam', hex: '#d55e00' },
        { colour: 'green', name: 'Team Green', facilitator: 'Jo', hex: '#009e73' },
      ],
      roles: { lead: 'director', member: 'manager' },
    },
    tables: 'Tables of three',
    visits: 'Visits to each other',
    networkTitle: 'Our network',
    networkStructure: 'What characterises the network?',
    networkExternal: 'Contact with external partners',
    brokerTitle: 'What a network can also look like',
    brokerCaption: 'Groups held together by one person',
    breakTitle: 'Break',
    words: { department: 'Department', departments: 'departments' },
    sample: {
      departments: ['Finance', 'Operations', 'Development', 'People'],
      firstNames: ['Adam', 'Bella', 'Callum', 'Daisy', 'Ethan', 'Fiona', 'George', 'Hannah', 'Isaac', 'Jasmine', 'Kieran', 'Lily', 'Mason', 'Nora', 'Oscar', 'Phoebe', 'Quentin', 'Rosa', 'Stanley', 'Tara', 'Umar', 'Violet', 'Wesley', 'Zara'],
      lastNames: ['Archer', 'Bennett', 'Carter', 'Dawson', 'Ellis', 'Fletcher', 'Grant', 'Hughes', 'Irwin', 'Jennings', 'Knight', 'Lowe'],
      leadTitle: 'Director',
      titles: ['Head of Unit', 'Team Lead', 'Programme Manager', 'Senior Adviser'],
      emailDomain: 'example.org',
      partners: ['Other organisations', 'Businesses', 'Charities', 'Customers'],
    },
  },
}
