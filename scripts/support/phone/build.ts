// The phone app (phone/), built once per deck and kept until one of its sources changes.
import { spawn } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { readdir, rename, rm } from 'node:fs/promises'
import { join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Plugin } from 'vite'
import { LIVE_MODULE, PHONE_ASSETS, PHONE_BOOT_ID } from '../../../lib/live/protocol.ts'
import { writeFileAtomic } from '../atomic-write.ts'
import { deckDir, REPO_ROOT } from '../deck-entry.ts'
import { deckPlugin } from '../deck-plugin.ts'
import { vueI18nRuntime } from '../vue-i18n-runtime.ts'

const SELF = fileURLToPath(import.meta.url)
/** Inside node_modules, like Vite's own cache: never committed, gone with a fresh install. */
const CACHE_ROOT = join(REPO_ROOT, 'node_modules', '.seminarkit-phone')

export interface PhoneBuild {
  deck: string
  /** The dev server's base (`/` unless Slidev runs with `--base`): the bundle's links and requests use it. */
  base: string
}

/** Where the cache says what a build was made from. */
interface Pointer {
  /** The content key of its inputs (`inputsOf`). */
  key: string
  /** The files in the bundle itself (relative to the repository): what a phone downloads. */
  bundled: string[]
}

/** `<cache>/<deck>/<base>/`: `build.json` (the pointer) and one folder per content key. */
const cacheDir = (build: PhoneBuild) => join(CACHE_ROOT, build.deck, createHash('sha256').update(build.base).digest('hex').slice(0, 8))
const pointerPath = (build: PhoneBuild) => join(cacheDir(build), 'build.json')
const buildDir = (build: PhoneBuild, key: string) => join(cacheDir(build), key)

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)])
}

const inRepository = (path: string) => relative(REPO_ROOT, path).split(sep).join('/')

/**
 * What a build is made from: every file in its bundle, every file in the deck's folder as
 * it is now (a new data file changes the deck module), the page, the lock file (the
 * libraries' versions), this script and the plugins it builds with.
 */
function inputsOf(build: PhoneBuild, bundled: readonly string[]): string[] {
  const plugins = ['../deck-plugin.ts', '../vue-i18n-runtime.ts'].map(file => fileURLToPath(new URL(file, import.meta.url)))
  const fixed = [...filesUnder(deckDir(build.deck)), join(REPO_ROOT, 'phone', 'index.html'), join(REPO_ROOT, 'package-lock.json'), SELF, ...plugins]
  return [...new Set([...bundled, ...fixed.map(inRepository)])].sort()
}

/** The content key of a set of inputs (paths relative to the repository); a missing file changes it too. */
function keyOf(build: PhoneBuild, inputs: readonly string[]): string {
  const hash = createHash('sha256').update(build.base)
  for (const input of inputs) {
    const path = join(REPO_ROOT, input)
    hash.update(`\0${input}\0`).update(existsSync(path) ? readFileSync(path) : '(missing)')
  }
  return hash.digest('hex').slice(0, 16)
}

/** The folder of an up-to-date build and what is in its bundle, or undefined. */
function cached(build: PhoneBuild): { dir: string, bundled: string[] } | undefined {
  try {
    const pointer = JSON.parse(readFileSync(pointerPath(build), 'utf8')) as Pointer
    const dir = buildDir(build, pointer.key)
    return keyOf(build, inputsOf(build, pointer.bundled)) === pointer.key && existsSync(join(dir, 'index.html')) ? { dir, bundled: pointer.bundled } : undefined
  }
  catch {
    return undefined
  }
}

/** The files in the deck's current phone bundle (relative to the repository), once it is built. */
export function phoneBundleFiles(build: PhoneBuild): string[] | undefined {
  return cached(build)?.bundled
}

/**
 * The folder holding the phone app for this deck and base: the cached build when none of
 * its sources changed, else a fresh one. The build runs in a process of its own: Vite
 * would take the dev server's `NODE_ENV=development` and bundle Vue's development build.
 */
export async function phoneApp(build: PhoneBuild): Promise<string> {
  const hit = cached(build)
  if (hit)
    return hit.dir
  let output = ''
  const child = spawn(process.execPath, ['--import', 'tsx', SELF, build.deck, build.base], {
    cwd: REPO_ROOT,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout.on('data', (chunk: Buffer) => { output += chunk.toString() })
  child.stderr.on('data', (chunk: Buffer) => { output += chunk.toString() })
  const code = await new Promise<number | null>(done => child.on('close', done))
  const built = code === 0 ? cached(build) : undefined
  if (!built)
    throw new Error(`the phone app for ${build.deck} did not build: ${output.trim() || `exit code ${code}`}`)
  return built.dir
}

/** In the phone bundle, `virtual:seminarkit/live` reads what the server put in the page. */
function bootPlugin(): Plugin {
  const id = `\0${LIVE_MODULE}`
  return {
    name: 'seminarkit:phone-boot',
    resolveId: source => source === LIVE_MODULE ? id : undefined,
    load: source => source === id
      ? [
          `const boot = JSON.parse(document.getElementById(${JSON.stringify(PHONE_BOOT_ID)})?.textContent || 'null')`,
          'export default boot && boot.snapshot',
          'export const socket = boot && boot.socket',
        ].join('\n')
      : undefined,
  }
}

async function buildPhoneApp(build: PhoneBuild): Promise<void> {
  const [{ build: viteBuild }, { default: vue }] = await Promise.all([import('vite'), import('@vitejs/plugin-vue')])
  const deckFolder = deckDir(build.deck)
  const scratch = join(cacheDir(build), `.${randomBytes(6).toString('hex')}.tmp`)
  const result = await viteBuild({
    configFile: false,
    root: join(REPO_ROOT, 'phone'),
    base: build.base,
    logLevel: 'warn',
    publicDir: false,
    envDir: false,
    plugins: [vue(), vueI18nRuntime(), deckPlugin({ dir: deckFolder }), bootPlugin()],
    // In seminarkit's client code `import.meta.env.DEV` means "a dev server is behind this
    // page" (composables/useSession.ts, useServerClock.ts): true for the phone app too.
    define: { 'import.meta.env.DEV': 'true' },
    build: {
      outDir: scratch,
      emptyOutDir: true,
      assetsDir: PHONE_ASSETS.replace(/^\/|\/$/g, ''),
      modulePreload: { polyfill: false },
      reportCompressedSize: false,
    },
  })
  const outputs = (Array.isArray(result) ? result : [result]) as { output: { type: string, moduleIds?: string[] }[] }[]
  const modules = outputs.flatMap(out => out.output.flatMap(item => item.moduleIds ?? []))
  const bundled = [...new Set(modules.filter(id => !id.startsWith('\0')).map(id => inRepository(id.replace(/\?.*$/, ''))))].sort()
  const pointer: Pointer = { key: keyOf(build, inputsOf(build, bundled)), bundled }
  const target = buildDir(build, pointer.key)
  // Another dev server may have built the same sources meanwhile: either copy will do.
  await rename(scratch, target).catch(() => rm(scratch, { recursive: true, force: true }))
  await writeFileAtomic(pointerPath(build), `${JSON.stringify(pointer, null, 2)}\n`)
  // Older builds of this deck are of no use any more (a running server has its copy in memory).
  for (const entry of await readdir(cacheDir(build))) {
    if (entry !== pointer.key && !entry.startsWith('.') && entry !== 'build.json')
      await rm(join(cacheDir(build), entry), { recursive: true, force: true })
  }
}

if (process.argv[1] && resolve(process.argv[1]) === SELF) {
  const [deck, base] = process.argv.slice(2)
  buildPhoneApp({ deck: deck!, base: base! }).catch((error: Error) => {
    console.error(error.message)
    process.exitCode = 1
  })
}
