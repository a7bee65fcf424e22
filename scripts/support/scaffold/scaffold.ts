import { LOCALES, type Language } from '../../../lib/i18n/messages.ts'
import type { Sample } from '../../../lib/schema/sample.ts'
import { parseIsoDate } from '../../../lib/time.ts'
import { generateNetworkCsvs } from '../../generate-network.ts'
import { generateParticipantsCsv } from '../../generate-participants.ts'
import { SCAFFOLD_TEXTS } from './texts.ts'

export interface ScaffoldOptions {
  slug: string
  title: string
  /** YYYY-MM-DD */
  date: string
  language: Language
}

export interface ScaffoldFile {
  /** Relative to the repository root. */
  path: string
  content: string
}

const quote = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, '\\\'')}'`

/** A value as TypeScript source in the repository's style: bare keys, single quotes, short lists on one line. */
function literal(value: unknown, indent = ''): string {
  if (typeof value === 'string')
    return quote(value)
  if (typeof value !== 'object' || value === null)
    return String(value)
  const inner = `${indent}  `
  const entries = Array.isArray(value)
    ? value.map(item => literal(item, inner))
    : Object.entries(value).map(([key, item]) => `${/^[a-z_]\w*$/i.test(key) ? key : quote(key)}: ${literal(item, inner)}`)
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{ ', ' }']
  const line = `${open}${entries.join(', ')}${close}`
  if (line.length <= 100 && !line.includes('\n'))
    return line
  return `${open.trim()}\n${entries.map(entry => `${inner}${entry},`).join('\n')}\n${indent}${close.trim()}`
}

/** `2025-03` plus `months`, as YYYY-MM. */
function addMonths(isoMonth: string, months: number): string {
  const [year, month] = isoMonth.split('-').map(Number) as [number, number]
  const index = year * 12 + month - 1 + months
  return `${Math.floor(index / 12)}-${String(index % 12 + 1).padStart(2, '0')}`
}

function monthName(isoMonth: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { month: 'long', timeZone: 'UTC' }).format(parseIsoDate(`${isoMonth}-01`))
}

/** The fictional people and survey of a new deck: 24 participants in four departments. */
export function scaffoldSample(language: Language): Sample {
  const { sample } = SCAFFOLD_TEXTS[language]
  return {
    seed: 1,
    departments: sample.departments.map(name => ({ name, size: 6 })),
    firstNames: sample.firstNames,
    lastNames: sample.lastNames,
    leadTitle: sample.leadTitle,
    titles: sample.titles,
    emailDomain: sample.emailDomain,
    survey: {
      respondents: 22,
      ties: 190,
      plantedPerDepartment: 2,
      minCoreDepartments: 3,
      external: sample.partners.map((partner, index) => ({ partner, core: [3.2, 2.4, 2.1, 3.5][index]!, periphery: [2.1, 2.6, 1.8, 2.4][index]! })),
    },
  }
}

function indexModule(options: ScaffoldOptions): string {
  const text = SCAFFOLD_TEXTS[options.language]
  const month = options.date.slice(0, 7)
  const [welcome, talk, workshop, network, close] = text.items as [ScaffoldTexts['items'][0], ScaffoldTexts['items'][0], ScaffoldTexts['items'][0], ScaffoldTexts['items'][0], ScaffoldTexts['items'][0]]
  const item = (entry: typeof welcome, start: string, end: string) => `      { id: ${quote(entry.id)}, start: '${start}', end: '${end}', title: ${quote(entry.title)}${entry.speaker ? `, speaker: ${quote(entry.speaker)}` : ''} },`
  const phases = text.course.phases.map((title, index) => {
    const from = addMonths(month, index * 2 - 2)
    const to = addMonths(month, index * 2)
    const items = text.course.items[index]!.map(quote).join(', ')
    return `    { number: ${index + 1}, from: '${from}', to: '${to}', title: ${quote(title)}, items: [${items}] },`
  }).join('\n')
  return `// The deck object of "${options.title}": what components, the CLI and the print templates read.
// Its talks' own content is in content.ts (typed by schema.ts); see docs/authoring.md.
import { DeckSchema, defineDeck } from '../../lib/schema/deck.ts'

export const deck = defineDeck(DeckSchema, {
  slug: ${quote(options.slug)},
  language: '${options.language}',
  seminar: {
    title: ${quote(options.title)},
    organisation: ${quote(text.organisation)},
    forum: ${quote(text.forum)},
    date: '${options.date}',
    place: ${quote(text.place)},
    // Short names the boards show for long department names, e.g. { 'Customer Experience': 'CX' }.
    departmentAbbreviations: {},
    welcome: { title: ${quote(text.welcome)}, speaker: ${quote(text.host)} },
    programmeIntro: { title: ${quote(text.programmeIntro)}, speaker: ${quote(text.host)} },
    thanks: { title: ${quote(text.thanks)}, speaker: ${quote(text.host)} },
  },
  programme: {
    headings: { time: ${quote(text.headings.time)}, item: ${quote(text.headings.item)} },
    items: [
${item(welcome, '09.00', '09.20')}
${item(talk, '09.20', '10.15')}
${item(workshop, '10.30', '11.45')}
      { id: 'lunch', start: '11.45', end: '12.30', title: ${quote(text.lunch)}, pinned: true },
${item(network, '12.30', '13.15')}
${item(close, '13.15', '13.30')}
    ],
  },
  rounds: [
    {
      id: 'tables',
      title: ${quote(text.rounds.threes.title)},
      intro: ${quote(text.rounds.threes.intro)},
      format: 'threes',
      questions: [
${text.rounds.threes.questions.map((question, index) => `        { id: '${index + 1}', heading: ${quote(question.heading)}, text: ${quote(question.text)}, prompts: [${question.prompts.map(quote).join(', ')}] },`).join('\n')}
      ],
    },
    {
      id: 'ideas',
      title: ${quote(text.rounds.ideas.title)},
      intro: ${quote(text.rounds.ideas.intro)},
      format: '1-2-4-all',
      questions: [{ id: 'tomorrow', text: ${quote(text.rounds.ideas.question)} }],
    },
    {
      id: 'troika',
      title: ${quote(text.rounds.troika.title)},
      intro: ${quote(text.rounds.troika.intro)},
      format: 'troika',
      questions: [{ id: 'challenge', text: ${quote(text.rounds.troika.question)} }],
    },
  ],
  teams: {
    // Okabe–Ito colours stay distinct for colour-blind viewers; every colour is also named.
    colours: ${literal(text.teams.colours, '    ')},
    roles: { lead: ${quote(text.teams.roles.lead)}, member: ${quote(text.teams.roles.member)} },
  },
  visits: { months: [${quote(monthName(addMonths(month, 1), options.language))}, ${quote(monthName(addMonths(month, 2), options.language))}], followUp: ${quote(monthName(addMonths(month, 3), options.language))} },
  phases: [
${phases}
  ],
  words: { department: ${quote(text.words.department)}, departments: ${quote(text.words.departments)} },
  files: {
    participants: 'participants.csv',
    network: { members: 'network/members.csv', relations: 'network/relations.csv', external: 'network/external.csv' },
  },
})

export { content } from './content.ts'
`
}

type ScaffoldTexts = typeof SCAFFOLD_TEXTS['en']

const SCHEMA_MODULE = `// The content of this deck's own slides. Add a field here, fill it in content.ts, show it in the slides.
import { z } from 'zod'
import { BulletSlideSchema, FigureSchema } from '../../lib/schema/common.ts'
import { PrioritiesSchema } from '../../lib/schema/ranking.ts'

export const ContentSchema = z.object({
  goals: BulletSlideSchema,
  priorities: PrioritiesSchema,
  figure: FigureSchema,
  course: z.object({ title: z.string().min(1) }),
  tables: z.object({ title: z.string().min(1) }),
  teams: z.object({ title: z.string().min(1) }),
  visits: z.object({ title: z.string().min(1) }),
  network: z.object({ title: z.string().min(1), structure: z.string().min(1), external: z.string().min(1), broker: z.string().min(1), brokerCaption: z.string().min(1) }),
  breakTitle: z.string().min(1),
})
`

function contentModule(language: Language): string {
  const text = SCAFFOLD_TEXTS[language]
  const content = {
    goals: { title: text.goals.title, intro: text.goals.intro, points: text.goals.points },
    priorities: { title: text.priorities.title, left: { heading: text.priorities.left, items: text.priorities.items }, right: { heading: text.priorities.right, items: text.priorities.shifted } },
    figure: text.figure,
    course: { title: text.course.title },
    tables: { title: text.tables },
    teams: { title: text.teams.title },
    visits: { title: text.visits },
    network: { title: text.networkTitle, structure: text.networkStructure, external: text.networkExternal, broker: text.brokerTitle, brokerCaption: text.brokerCaption },
    breakTitle: text.breakTitle,
  }
  return `import { defineData } from '../../lib/schema/define.ts'
import { ContentSchema } from './schema.ts'

export const content = defineData(ContentSchema, ${literal(content)})
`
}

function sampleModule(sample: Sample): string {
  return `// How scripts/generate-participants.ts and scripts/generate-network.ts make this deck's
// fictional participants and survey. Replace the CSV files with your own exports and
// delete this module when the real ones arrive.
import { defineData } from '../../lib/schema/define.ts'
import { SampleSchema } from '../../lib/schema/sample.ts'

export const sample = defineData(SampleSchema, ${literal(sample)})
`
}

function slides(options: ScaffoldOptions): string {
  const data = `../data/${options.slug}`
  const setup = (names: string) => `<script setup>\nimport { ${names} } from '${data}'\n</script>\n`
  return `---
title: ${JSON.stringify(options.title)}
deck: ${options.slug}
theme: none
addons: ['./']
fonts:
  provider: none
favicon: /favicon.svg
canvasWidth: 1920
aspectRatio: 16/9
colorSchema: light
download: false
drawings:
  enabled: false
layout: cover
---

<script setup>
import { formats } from '../lib/i18n/format.ts'
import { deck } from '${data}'
</script>

<p class="kicker">{{ deck.seminar.organisation }}</p>

# {{ deck.seminar.title }}

{{ deck.seminar.forum }} · {{ formats(deck.language).date(deck.seminar.date) }}

<style>
.kicker { text-transform: uppercase; letter-spacing: 0.14em; font-weight: 600; }
</style>

---
layout: section
programme: ${SCAFFOLD_TEXTS[options.language].items[0]!.id}
---

${setup('deck')}
<SessionTitle :seminar="deck.seminar" :session="deck.seminar.welcome" />

---

${setup('content')}
# {{ content.goals.title }}

<p class="lead-text"><Md :text="content.goals.intro" /></p>
<Bullets :items="content.goals.points" class="lead-text" />

---
layout: table
routeAlias: program
---

${setup('deck')}
# {{ deck.seminar.programmeIntro.title }}

<Programme />

---

${setup('content')}
# {{ content.course.title }}

<Timeline />

---
layout: section
programme: ${SCAFFOLD_TEXTS[options.language].items[1]!.id}
---

<script setup>
import { deck } from '${data}'
const item = deck.programme.items[1]
</script>

<SessionTitle :seminar="deck.seminar" :session="{ title: item.title, speaker: item.speaker }" />

---

${setup('content')}
# {{ content.priorities.title }}

<RankingShift :priorities="content.priorities" />

---

${setup('content')}
# {{ content.figure.title }}

<FigurePlaceholder :figure="content.figure" />

---
routeAlias: round-tables
---

<DiscussionRound id="tables" />

---
routeAlias: tables
handout: false
---

${setup('content')}
# {{ content.tables.title }}

<TableBoard />

---
layout: section
programme: ${SCAFFOLD_TEXTS[options.language].items[2]!.id}
---

<script setup>
import { deck } from '${data}'
const item = deck.programme.items[2]
</script>

<SessionTitle :seminar="deck.seminar" :session="{ title: item.title, speaker: item.speaker }" />

---
routeAlias: round-ideas
---

<DiscussionRound id="ideas" />

---
routeAlias: round-troika
---

<DiscussionRound id="troika" />

---
routeAlias: teams
handout: false
---

${setup('content')}
# {{ content.teams.title }}

<TeamBoard />

---

${setup('content')}
# {{ content.breakTitle }}

<div class="break-timer">
<Countdown id="${options.slug}-break" :minutes="15" :label="content.breakTitle" />
</div>

<style>
.break-timer { flex: 1; display: grid; place-items: center; }
</style>

---
layout: section
programme: ${SCAFFOLD_TEXTS[options.language].items[3]!.id}
---

<script setup>
import { deck } from '${data}'
const item = deck.programme.items[4]
</script>

<SessionTitle :seminar="deck.seminar" :session="{ title: item.title, speaker: item.speaker }" />

---
routeAlias: network
---

${setup('content')}
# {{ content.network.title }}

<NetworkDiagram />

---

${setup('content')}
# {{ content.network.structure }}

<NetworkFacts class="lead-text" />

---

${setup('content')}
# {{ content.network.external }}

<ExternalRelationsTable />

---

${setup('content')}
# {{ content.network.broker }}

<NetworkDiagram source="broker" :caption="content.network.brokerCaption" />

---
routeAlias: visits
handout: false
---

${setup('content')}
# {{ content.visits.title }}

<VisitPairs />

---
layout: section
programme: ${SCAFFOLD_TEXTS[options.language].items[4]!.id}
---

${setup('deck')}
<SessionTitle :seminar="deck.seminar" :session="deck.seminar.thanks" />
`
}

/** Every file of a new deck, its example content in the deck's language; nothing written yet. */
export function scaffoldFiles(options: ScaffoldOptions): ScaffoldFile[] {
  const sample = scaffoldSample(options.language)
  const participants = generateParticipantsCsv(sample)
  const network = generateNetworkCsvs(participants, sample, options.language)
  const dir = `data/${options.slug}`
  return [
    { path: `slides/${options.slug}.md`, content: slides(options) },
    { path: `${dir}/index.ts`, content: indexModule(options) },
    { path: `${dir}/schema.ts`, content: SCHEMA_MODULE },
    { path: `${dir}/content.ts`, content: contentModule(options.language) },
    { path: `${dir}/sample.ts`, content: sampleModule(sample) },
    { path: `${dir}/participants.csv`, content: participants },
    { path: `${dir}/network/members.csv`, content: network.members },
    { path: `${dir}/network/relations.csv`, content: network.relations },
    { path: `${dir}/network/external.csv`, content: network.external },
  ]
}
