import { BorderlandTalkSchema } from './schema.ts'
import { defineData } from '../../lib/schema/define.ts'

export const borderland = defineData(BorderlandTalkSchema, {
  session: { title: 'At arbejde og lede i grænselandet', speaker: 'Lotte Henriksen' },
  cover: {
    heading: 'Praksiserfaringer fra ledelse i grænselandet',
    motto: '”Det begynder med borgeren”',
    byline: 'Lotte Henriksen, MSB',
  },
  share: {
    title: 'Det vil vi gerne dele med jer',
    points: [
      { text: '**”Det begynder med borgeren”**', points: ['Et tværkommunalt ledelsessamarbejde mellem Sundhed og Omsorg og Sociale Forhold og Beskæftigelse'] },
      { text: '**Praksiserfaringer med ledelse i grænselandet:**', points: ['Lidt om de opmærksomheder, vi har fået i samarbejdet'] },
      '**Spørgsmålsrunde**',
    ],
  },
  course: {
    title: 'Præsentation af forløb',
    subtitle: 'Prøvehandlinger',
    outcomes: [
      'Fælles \'spilleregler\' og strategiske spor i samarbejdet',
      'Erfaringer med samarbejdsform',
      'Løsninger til gavn for borgerne',
    ],
  },
  trials: {
    title: 'Prøvehandlingerne',
    groups: [
      {
        heading: 'Myndighedssamarbejdet',
        points: [
          '**Komplekse senhjerneskadesager:** Overblik og fælles viden via mini-audits',
          '**Styrkelse af samarbejde og koordinering i svære borgersager:** afprøvning af samarbejdsmodel, herunder konkrete borgersager',
        ],
      },
      {
        heading: 'Manglende tilbud',
        points: [
          '**Plads til borgere med plejebehov, psykiatri og misbrug:** Afklaring af mulighed for etablering af en korttidsplads til pleje og sygepleje',
          '**Samarbejdsaftale ml. MSO, MSB og AUH** vedr. sygepleje efter indlæggelse',
        ],
      },
      {
        heading: 'Fælles opstart',
        points: [
          '**Fælles opstartsmøde** ved alle fælles borgere',
          '**Koordineret tværfaglig opstartskonference**',
        ],
      },
      {
        heading: 'Samarbejde og relationel koordinering',
        points: [
          '**Ny organisering af samarbejdet:** Ny samarbejdsmodel',
          '**Afprøvning af fleksibelt, informerende samarbejde** om komplekst borgerforløb',
          '**Følgeskab i praksis:** Indblik i opgaver, funktioner og arbejdsgange på tværs',
          '**Følgeskab i hverdagen:** Tættere samarbejde i konkret borgerforløb',
          '**Borgerrejsen:** Fælles læring fra kortlægning af konkret borgerforløb',
        ],
      },
    ],
  },
  outcome: {
    title: 'Udbytte',
    points: [
      {
        text: 'På det relationelle individuelle plan er der sket noget: Det virker at mødes – vi kan flytte noget.',
        points: [
          'Der er også **strukturelle udfordringer**, som vi ikke skal gøre til individets problemer.',
          'Vægtning af kulturdelen: **løsningen findes tæt på borgeren.**',
        ],
      },
    ],
  },
  model: {
    title: 'Det begynder med borgeren',
    steps: [
      { number: 2, title: 'SÆT MÅL!', points: ['Fælles opstart', 'Fælles mål med borgeren'] },
      { number: 3, title: 'SÆT HOLD!', points: ['Fælles faglig udredning', 'Ansvar & rollefordeling'] },
      { number: 4, title: 'SE MULIGHEDER!', points: ['Vilje & handling', 'Hvem gør hvad?', 'Fælles opfølgning'] },
    ],
  },
  chain: {
    title: 'Ledelseskæden',
    intention: '**INTENTION:** Brug ledelseskæden! Hvordan gør vi det let?',
    trial: '**Prøvehandling:** Vi stiller os mere til rådighed i en periode:',
    call: 'Kald på os! Inviter os med!',
  },
  why: {
    title: 'Hvorfor vil vi ”Det begynder med borgeren”?',
    caption: 'Billede fra oplægget: hvorfor samarbejdet begynder med borgeren.',
    kind: 'image',
    file: 'hvorfor-det-begynder-med-borgeren.jpg',
  },
  lessons: {
    title: 'De vigtigste opmærksomheder, Kirstine og jeg har fået',
    points: [
      {
        heading: 'Visionsledelse starter i observationer i praksis:',
        text: [
          'Der er langt fra direktør til borger – men effekten hos borgeren (når vi lykkes – og når vi ikke gør) er ultimativt lakmusprøven på vores visioner og vores strategi.',
          'Løsningen ligger tæt på borgeren. Vi skal følge borgerens logik.',
        ],
      },
      {
        heading: 'Vi skal skabe resultater gennem relationer:',
        text: [
          'Relationsskabende ledelse er ikke målet i sig selv – men et middel til målet.',
          'Vi er som forvaltningschefer ikke ansat til at gå på tværs – det står ikke i vores stillingsbeskrivelse. Men vi kan ikke lykkes, hvis vi ikke viser viljen og modet til at gøre det alligevel.',
        ],
      },
      {
        heading: 'Vi skal undgå symptombehandling:',
        text: ['Vi skal arbejde endnu mere med data – med den viden, vi har om, hvad der har værdi for borgeren, og hvad der ikke har. Og her er der ingen hurtige løsninger.'],
      },
      {
        heading: 'Vi skal have modet til at se på, når organisatoriske og strukturelle systemer spænder ben:',
        text: ['Det skal ikke være den enkelte leder eller medarbejders problem, når systemet spænder ben. Det skal vi have vilje og mod til at se på.'],
      },
      { heading: 'Vi skal blive endnu bedre til at skabe commitment og koordinering i ledelseskæden.' },
      {
        heading: 'Vi skal have modet til at kigge på vores egen ledelsesforståelse:',
        text: ['Det er altid sundt at stoppe op og se på sig selv. Som chef og leder er det sundt at være nysgerrig på egen lederrolle. Hvad er det egentlig, jeg skal – og hvordan kommer jeg der hen?'],
      },
      {
        heading: 'Forudsætninger for at lykkes med det grænsekrydsende samarbejde',
        text: ['Opbygning af relationer til hinanden og kendskab, respekt, tillid og generøsitet.'],
      },
    ],
  },
  questions: { title: 'Godt du spør\'' },
})
