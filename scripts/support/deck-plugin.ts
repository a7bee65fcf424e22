import { existsSync, readFileSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import type { Plugin } from 'vite'
import { activeDeckSlug, deckDir, REPO_ROOT } from './deck-entry.ts'
import { buildDeckData, evaluateModule, plainData, slidesNameForum, type BuiltDeckData, type EvaluatedModule } from './deck-data.ts'

/** The one module through which the browser gets its deck (composables/useDeck.ts). */
export const DECK_MODULE = 'virtual:seminarkit/deck'
const RESOLVED = `\0${DECK_MODULE}`

const posix = (path: string) => path.split(sep).join('/')

/**
 * Resolves `virtual:seminarkit/deck` to the deck being served, built or exported, as plain
 * data computed here in Node (lib/deck-data.ts): the browser never gets a CSV file, a schema
 * or a markdown parser. The deck's own data modules (`data/<slug>/*.ts`, which slides import)
 * reach the browser the same way, as their validated exports. Only that deck is bundled.
 * `dir` names the deck folder directly (component tests use a fixture deck); `names` says
 * whether a slide draws the forum with names (by default: read from `slides/<slug>.md` once,
 * as the server or the build starts; a slide edited to name people needs a restart).
 */
export function deckPlugin(options: { dir?: string, names?: boolean } = {}): Plugin {
  const slug = options.dir ? undefined : activeDeckSlug()
  const dir = resolve(options.dir ?? deckDir(slug!))
  const slides = slug === undefined ? undefined : join(REPO_ROOT, 'slides', `${slug}.md`)
  const names = () => options.names ?? (slides !== undefined && existsSync(slides) && slidesNameForum(readFileSync(slides, 'utf8')))
  // One evaluation per build; the dev server drops them when a file they read changes.
  let built: Promise<BuiltDeckData> | undefined
  const modules = new Map<string, Promise<EvaluatedModule>>()
  const evaluate = (file: string) => {
    let evaluated = modules.get(file)
    if (!evaluated) {
      evaluated = evaluateModule(file)
      modules.set(file, evaluated)
    }
    return evaluated
  }
  const isDataModule = (id: string) => id.startsWith(posix(dir) + '/') && id.endsWith('.ts') && !id.endsWith('.test.ts')
  return {
    name: 'seminarkit:deck',
    enforce: 'pre',
    // vue-i18n's bundler build asks for its feature flags to be set at build time.
    config: () => ({ define: { __VUE_I18N_FULL_INSTALL__: 'true', __VUE_I18N_LEGACY_API__: 'false', __INTLIFY_PROD_DEVTOOLS__: 'false' } }),
    resolveId(id) {
      return id === DECK_MODULE ? RESOLVED : undefined
    },
    watchChange() {
      built = undefined
      modules.clear()
    },
    async load(id, loadOptions) {
      if (id === RESOLVED) {
        const index = join(dir, 'index.ts')
        if (!existsSync(index))
          throw new Error(`${relative(process.cwd(), index)} is missing: every deck needs data/<slug>/index.ts (see docs/authoring.md)`)
        built ??= buildDeckData(dir, { names: names(), evaluate: file => evaluate(posix(file)) })
        const { data, dependencies } = await built
        dependencies.forEach(file => this.addWatchFile(file))
        const { deck: _deck, ...rest } = data
        return [
          // The deck object once, from its module, which slides import too.
          `export { deck } from ${JSON.stringify(posix(index))}`,
          ...Object.entries(rest).map(([name, value]) => `export const ${name} = ${plainData(value, name)}`),
        ].join('\n')
      }
      // Server-side loads (the live plugin reads the deck in Node) keep the module itself.
      const file = posix(id.split('?')[0]!)
      if (loadOptions?.ssr || id.includes('?') || !isDataModule(file))
        return undefined
      const { exports, dependencies } = await evaluate(file)
      dependencies.forEach(dependency => this.addWatchFile(dependency))
      const shown = posix(relative(process.cwd(), file))
      return Object.entries(exports).map(([name, value]) => name === 'default'
        ? `export default ${plainData(value, `${shown}: default`)}`
        : `export const ${name} = ${plainData(value, `${shown}: ${name}`)}`).join('\n')
    },
  }
}
