import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { InputError, UsageError } from '../../lib/errors.ts'
import { LANGUAGES, type Language } from '../../lib/i18n/messages.ts'
import { parseIsoDate } from '../../lib/time.ts'
import { commitFiles } from '../support/atomic-write.ts'
import { REPO_ROOT } from '../support/deck-entry.ts'
import { parseCommandArgs, type Command } from './command.ts'

const help = `Usage: seminar new <slug> --title "…" --date YYYY-MM-DD [--lang da|en]

Creates a new deck: slides/<slug>.md and data/<slug>/ with typed data modules
(index.ts: the deck object; schema.ts and content.ts: its own slides' content;
sample.ts: how its fictional sample people are made), fictional participants and
a network survey, and example slides that use every component. Then:

  npm start -- <slug>        present it (see docs/authoring.md)
  npx seminar check          validate it

  <slug>        lowercase letters, digits and hyphens: the folder and file name
  --title T     the seminar's title
  --date D      the seminar day, YYYY-MM-DD
  --lang L      da or en: the language of everything on screen and paper (default da)`

const SLUG = /^[a-z0-9][a-z0-9-]*$/

const command: Command = {
  name: 'new',
  summary: 'scaffold a new deck: slides/<slug>.md and data/<slug>/',
  help,
  async run(argv, out) {
    const { values, positionals } = parseCommandArgs(argv, {
      title: { type: 'string' },
      date: { type: 'string' },
      lang: { type: 'string' },
    }, { min: 1, max: 1, names: '<slug>' })
    const slug = positionals[0]!
    if (!SLUG.test(slug))
      throw new UsageError(`the slug must be lowercase letters, digits and hyphens (e.g. "spring-workshop"), got "${slug}"`)
    if (values.title === undefined || values.title.trim() === '')
      throw new UsageError('--title "…" is required')
    if (values.date === undefined)
      throw new UsageError('--date YYYY-MM-DD is required')
    const language = values.lang ?? 'da'
    if (!(LANGUAGES as readonly string[]).includes(language))
      throw new UsageError(`--lang expects ${LANGUAGES.join(' or ')}, got "${language}"`)
    try {
      parseIsoDate(values.date)
    }
    catch {
      throw new InputError([{ file: '--date', found: values.date, expected: 'a calendar date as YYYY-MM-DD' }])
    }
    for (const path of [join('slides', `${slug}.md`), join('data', slug)]) {
      if (existsSync(join(REPO_ROOT, path)))
        throw new InputError([{ file: path, found: 'an existing deck', expected: `a new slug: "${slug}" is taken` }])
    }
    // Loaded only here: the generators pull in the network analysis.
    const { scaffoldFiles } = await import('../support/scaffold/scaffold.ts')
    const files = scaffoldFiles({ slug, title: values.title.trim(), date: values.date, language: language as Language })
    await commitFiles(files.map(file => ({ path: join(REPO_ROOT, file.path), data: file.content })))
    out.stdout([
      ...files.map(file => `created ${file.path}`),
      '',
      `Next: npm start -- ${slug}   (docs/authoring.md explains every file)`,
    ].join('\n'))
  },
}

export default command
