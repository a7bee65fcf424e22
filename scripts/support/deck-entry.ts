import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root: decks live in its data/ and slides/. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url))

/** The deck `npm start` opens without an argument, from package.json `seminarkit.defaultDeck`. */
export function configuredDefaultDeck(root = REPO_ROOT): string {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { seminarkit?: { defaultDeck?: unknown } }
  const slug = pkg.seminarkit?.defaultDeck
  if (typeof slug !== 'string' || slug === '')
    throw new Error('package.json needs "seminarkit": { "defaultDeck": "<slug>" }')
  return slug
}

/** Every deck: a folder under data/ with an index.ts. */
export function deckSlugs(root = REPO_ROOT): string[] {
  const dir = join(root, 'data')
  if (!existsSync(dir))
    return []
  return readdirSync(dir, { withFileTypes: true })
    .filter(entry => entry.isDirectory() && existsSync(join(dir, entry.name, 'index.ts')))
    .map(entry => entry.name)
    .sort()
}

/** The deck a command uses without `--deck`: the only one, else the default deck. */
export function defaultDeckSlug(root = REPO_ROOT): string {
  const slugs = deckSlugs(root)
  return slugs.length === 1 ? slugs[0]! : configuredDefaultDeck(root)
}

/** `deck: <slug>` in a slides file's headmatter (its first front-matter block), if any. */
export function headmatterDeck(markdown: string): string | undefined {
  const head = /^---\r?\n([\s\S]*?)\r?\n---/.exec(markdown)?.[1]
  const value = head && /^deck:\s*['"]?([a-z0-9][a-z0-9-]*)['"]?\s*$/m.exec(head)?.[1]
  return value || undefined
}

/** The deck of a slides file: its headmatter's `deck:`, else the file's name. */
export function deckOfEntry(entry: string): string {
  return (existsSync(entry) ? headmatterDeck(readFileSync(entry, 'utf8')) : undefined) ?? basename(entry, '.md')
}

/**
 * The deck being served, built or exported, decided once per process: `SEMINARKIT_DECK`,
 * else the Slidev entry on the command line (`slidev slides/x.md`), else the default deck.
 */
export function activeDeckSlug(argv: readonly string[] = process.argv, env: NodeJS.ProcessEnv = process.env, root = REPO_ROOT): string {
  if (env.SEMINARKIT_DECK)
    return env.SEMINARKIT_DECK
  const entry = argv.slice(2).find(arg => arg.endsWith('.md') && !arg.startsWith('-'))
  return entry ? deckOfEntry(entry) : configuredDefaultDeck(root)
}

/** `data/<slug>/`, where a deck's index.ts and CSV files live. */
export function deckDir(slug: string, root = REPO_ROOT): string {
  return join(root, 'data', slug)
}
