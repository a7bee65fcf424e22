import { existsSync } from 'node:fs'
import { join, relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import { InputError, UsageError } from '../../lib/errors.ts'
import type { Deck } from '../../lib/schema/deck.ts'
import { DataModuleError, issueProblems } from '../../lib/schema/define.ts'
import { readFile } from 'node:fs/promises'
import { deckDir, deckSlugs, defaultDeckSlug, REPO_ROOT } from './deck-entry.ts'

export { deckSlugs, defaultDeckSlug } from './deck-entry.ts'

/** A `--deck` value, or the default: the only deck, else the default deck (contract §3). */
export function resolveDeckSlug(option: string | undefined, root = REPO_ROOT): string {
  if (option === undefined)
    return defaultDeckSlug(root)
  const slugs = deckSlugs(root)
  if (!slugs.includes(option))
    throw new UsageError(`--deck: no deck "${option}"; expected one of ${slugs.length ? slugs.join(', ') : '(none in data/)'}`)
  return option
}

/**
 * A deck's object from `data/<slug>/index.ts` (run under tsx or Vite, which compile
 * TypeScript). A deck that does not validate is an InputError naming file and line.
 */
export async function loadDeck(slug: string, root = REPO_ROOT): Promise<Deck> {
  const file = join(deckDir(slug, root), 'index.ts')
  const shown = relative(process.cwd(), file) || file
  if (!existsSync(file))
    throw new InputError([{ file: shown, expected: 'a deck module exporting `deck` (see docs/authoring.md)' }])
  let module: { deck?: Deck }
  try {
    module = await import(pathToFileURL(file).href) as { deck?: Deck }
  }
  catch (error) {
    if (error instanceof DataModuleError)
      throw new InputError(issueProblems(error.issues, error.raw, shown, await readFile(file, 'utf8')))
    throw error
  }
  if (!module.deck)
    throw new InputError([{ file: shown, expected: 'an export `deck = defineDeck(DeckSchema, { … })`' }])
  return module.deck
}

/** The absolute path of one of a deck's files (`deck.files.participants`). */
export function deckFilePath(deck: Pick<Deck, 'slug'>, path: string, root = REPO_ROOT): string {
  return join(deckDir(deck.slug, root), path)
}
