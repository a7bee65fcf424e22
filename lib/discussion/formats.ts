import type { Format } from '../schema/discussions.ts'
import type { Language } from '../i18n/messages.ts'

type Text = Record<Language, string>

interface PhaseText { id: string, name: Text, minutes: number, groupSize: number | 'all', instruction?: Text, role?: Text }
interface FormatText { id: string, name: Text, phases: PhaseText[], cycles?: number, cycleName?: Text }

/*
 * The formats every deck can use by id. The seminar's own three (questions in threes, the
 * knowledge / reflection / action round, a talk with the neighbour) have one phase per
 * question; 1-2-4-All and Troika Consulting are Liberating Structures
 * (liberatingstructures.com), with their usual timings.
 */
const STANDARD: FormatText[] = [
  {
    id: 'threes',
    name: { da: 'Grupper á tre', en: 'Groups of three' },
    phases: [{ id: 'talk', name: { da: 'Drøftelse', en: 'Talk' }, minutes: 10, groupSize: 3 }],
  },
  {
    id: 'knowledge-reflection-action',
    name: { da: 'Viden, refleksion, handling', en: 'Knowledge, reflection, action' },
    phases: [{ id: 'talk', name: { da: 'Drøftelse', en: 'Talk' }, minutes: 5, groupSize: 3 }],
  },
  {
    id: 'neighbour',
    name: { da: 'Med sidemanden', en: 'With your neighbour' },
    phases: [{ id: 'talk', name: { da: 'Samtale', en: 'Talk' }, minutes: 5, groupSize: 2 }],
  },
  {
    id: '1-2-4-all',
    name: { da: '1-2-4-alle', en: '1-2-4-All' },
    phases: [
      { id: 'alone', name: { da: 'Alene', en: 'Alone' }, minutes: 1, groupSize: 1, instruction: { da: 'Tænk over spørgsmålet i stilhed, og skriv dine idéer ned.', en: 'Reflect on the question in silence and note your ideas.' } },
      { id: 'pairs', name: { da: 'To og to', en: 'In pairs' }, minutes: 2, groupSize: 2, instruction: { da: 'Del jeres idéer, og byg videre på hinandens.', en: 'Share your ideas and build on each other\'s.' } },
      { id: 'fours', name: { da: 'Fire og fire', en: 'In fours' }, minutes: 4, groupSize: 4, instruction: { da: 'Læg mærke til ligheder og forskelle. Vælg den idé, der skiller sig ud.', en: 'Notice similarities and differences. Pick the idea that stands out.' } },
      { id: 'all', name: { da: 'Alle', en: 'All' }, minutes: 5, groupSize: 'all', instruction: { da: 'Hver gruppe deler én idé, der skiller sig ud.', en: 'Each group shares one idea that stands out.' } },
    ],
  },
  {
    id: 'troika',
    name: { da: 'Troika-konsultation', en: 'Troika Consulting' },
    cycles: 3,
    cycleName: { da: 'Runde', en: 'Round' },
    phases: [
      { id: 'client', name: { da: 'Klienten fortæller', en: 'Client presents' }, minutes: 2, groupSize: 3, instruction: { da: 'Klienten beskriver sin udfordring og hvad hun eller han har brug for hjælp til.', en: 'The client describes their challenge and what they need help with.' }, role: { da: 'Konsulenterne: lyt uden at afbryde.', en: 'Consultants: listen without interrupting.' } },
      { id: 'questions', name: { da: 'Spørgsmål', en: 'Questions' }, minutes: 2, groupSize: 3, instruction: { da: 'Konsulenterne stiller opklarende spørgsmål.', en: 'The consultants ask clarifying questions.' }, role: { da: 'Klienten: svar kort. Rådene kommer bagefter.', en: 'Client: answer briefly. The advice comes next.' } },
      { id: 'consult', name: { da: 'Konsulenterne taler', en: 'Consultants talk' }, minutes: 5, groupSize: 3, instruction: { da: 'Konsulenterne drøfter udfordringen med hinanden: idéer, råd, spørgsmål.', en: 'The consultants talk about the challenge together: ideas, advice, questions.' }, role: { da: 'Klienten: vend ryggen til nu. Lyt, og tag noter.', en: 'Client: turn your back now. Listen and take notes.' } },
      { id: 'reflect', name: { da: 'Klienten reflekterer', en: 'Client reflects' }, minutes: 2, groupSize: 3, instruction: { da: 'Klienten vender sig om og fortæller, hvad der var nyttigt. Byt så roller.', en: 'The client turns back and shares what was useful. Then swap roles.' }, role: { da: 'Klienten: vend dig om igen, og sig hvad du tager med.', en: 'Client: turn around again and say what you take away.' } },
    ],
  },
]

/** The standard formats with their texts in a deck's language. */
export function standardFormats(language: Language): Format[] {
  return STANDARD.map(format => ({
    id: format.id,
    name: format.name[language],
    cycles: format.cycles ?? 1,
    ...(format.cycleName ? { cycleName: format.cycleName[language] } : {}),
    phases: format.phases.map(phase => ({
      id: phase.id,
      name: phase.name[language],
      minutes: phase.minutes,
      groupSize: phase.groupSize,
      ...(phase.instruction ? { instruction: phase.instruction[language] } : {}),
      ...(phase.role ? { role: phase.role[language] } : {}),
    })),
  }))
}
