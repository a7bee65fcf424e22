// How scripts/generate-participants.ts and scripts/generate-network.ts make this deck's
// fictional forum and its survey: thirty leaders in five directorates.
import { defineData } from '../../lib/schema/define.ts'
import { SampleSchema } from '../../lib/schema/sample.ts'

export const sample = defineData(SampleSchema, {
  seed: 2026,
  departments: [
    { name: 'Housing Services', size: 7 },
    { name: 'Repairs and Assets', size: 6 },
    { name: 'Finance', size: 5 },
    { name: 'Customer Experience', size: 6 },
    { name: 'People and Culture', size: 6 },
  ],
  firstNames: [
    'Abigail', 'Ben', 'Chloe', 'Daniel', 'Eleanor', 'Femi', 'Gemma', 'Harry', 'Imogen', 'Jack',
    'Katie', 'Liam', 'Megan', 'Nathan', 'Olivia', 'Patrick', 'Ruby', 'Samuel', 'Tilly', 'Usman',
    'Victoria', 'Will', 'Yasmin', 'Zach', 'Amelia', 'Connor', 'Eve', 'Joel', 'Leah', 'Owen',
    'Niamh', 'Rhys',
  ],
  lastNames: [
    'Ahmed', 'Baxter', 'Clarke', 'Doyle', 'Edwards', 'Foster', 'Gallagher', 'Hall', 'Iqbal', 'Jones',
    'Kelly', 'Lewis', 'Morgan', 'Nolan', 'Owens', 'Patel', 'Quinn', 'Reid', 'Shaw', 'Turner',
  ],
  leadTitle: 'Director',
  titles: ['Head of Service', 'Area Manager', 'Programme Lead', 'Senior Manager', 'Operations Manager'],
  emailDomain: 'brightwater.example',
  survey: {
    respondents: 27,
    ties: 290,
    plantedPerDepartment: 2,
    minCoreDepartments: 4,
    external: [
      // Fifths: a mean like 2.05 needs more answers than a small group gives.
      { partner: 'Local authorities', core: 3.40, periphery: 2.60 },
      { partner: 'Health services', core: 2.20, periphery: 2.00 },
      { partner: 'Contractors', core: 2.60, periphery: 3.00 },
      { partner: 'Charities', core: 2.80, periphery: 2.20 },
      { partner: 'Residents\' groups', core: 3.20, periphery: 2.40 },
    ],
  },
})
