import { basename } from 'node:path'
import { DEFAULT_DECK } from '../../export/deck.ts'

/**
 * The deck this Slidev process serves, builds or exports: `SEMINARKIT_DECK` (set by
 * `npm start`), else the markdown entry on Slidev's command line, else the default deck.
 */
export function deckSlugOfThisProcess(argv: readonly string[] = process.argv, env: NodeJS.ProcessEnv = process.env): string {
  if (env.SEMINARKIT_DECK)
    return env.SEMINARKIT_DECK
  const entry = argv.find(arg => arg.endsWith('.md'))
  return entry ? basename(entry, '.md') : DEFAULT_DECK
}
