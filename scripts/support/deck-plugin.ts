import { existsSync, readdirSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import type { Plugin } from 'vite'
import { activeDeckSlug, deckDir } from './deck-entry.ts'

/** The one module through which the browser gets its deck (composables/useDeck.ts). */
export const DECK_MODULE = 'virtual:seminarkit/deck'
const RESOLVED = `\0${DECK_MODULE}`

function csvFiles(dir: string, under = ''): string[] {
  return readdirSync(join(dir, under), { withFileTypes: true }).flatMap((entry) => {
    const path = under ? `${under}/${entry.name}` : entry.name
    if (entry.isDirectory())
      return csvFiles(dir, path)
    return entry.name.endsWith('.csv') ? [path] : []
  })
}

/**
 * Resolves `virtual:seminarkit/deck` to the deck being served, built or exported: its
 * `index.ts` (the deck object) and its CSV files as text. Only that deck is bundled.
 * `dir` names the deck folder directly (component tests use a fixture deck).
 */
export function deckPlugin(options: { dir?: string } = {}): Plugin {
  const dir = resolve(options.dir ?? deckDir(activeDeckSlug()))
  return {
    name: 'seminarkit:deck',
    enforce: 'pre',
    // vue-i18n's bundler build asks for its feature flags to be set at build time.
    config: () => ({ define: { __VUE_I18N_FULL_INSTALL__: 'true', __VUE_I18N_LEGACY_API__: 'false', __INTLIFY_PROD_DEVTOOLS__: 'false' } }),
    resolveId(id) {
      return id === DECK_MODULE ? RESOLVED : undefined
    },
    load(id) {
      if (id !== RESOLVED)
        return undefined
      const index = join(dir, 'index.ts')
      if (!existsSync(index))
        throw new Error(`${relative(process.cwd(), index)} is missing: every deck needs data/<slug>/index.ts (see docs/authoring.md)`)
      const files = csvFiles(dir)
      const fsPath = (path: string) => JSON.stringify(join(dir, path).split(sep).join('/'))
      return [
        `export { deck } from ${fsPath('index.ts')}`,
        ...files.map((path, n) => `import file${n} from ${JSON.stringify(`${join(dir, path).split(sep).join('/')}?raw`)}`),
        `export const files = { ${files.map((path, n) => `${JSON.stringify(path)}: file${n}`).join(', ')} }`,
      ].join('\n')
    },
  }
}
