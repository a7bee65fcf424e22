// Child process of the bench: `slidev build <entry>` into <outDir> with hidden source maps,
// only to attribute the bundle's bytes to packages. The CLI has no source-map flag, so this
// calls the same build function it does (@slidev/cli is pinned; its build chunk is hashed).
import { readdirSync } from 'node:fs'
import { resolveOptions } from '@slidev/cli'

type Build = (options: Awaited<ReturnType<typeof resolveOptions>>, viteConfig: object, args: { entry: string }) => Promise<void>

const [entry, outDir] = process.argv.slice(2)
if (!entry || !outDir) {
  process.stderr.write('usage: sourcemap-build.ts <entry.md> <absolute outDir>\n')
  process.exit(2)
}
const dist = new URL('../../node_modules/@slidev/cli/dist/', import.meta.url)
const chunk = readdirSync(dist).find(file => /^build-[\w-]+\.mjs$/.test(file))
if (!chunk) {
  process.stderr.write('no build chunk in @slidev/cli/dist\n')
  process.exit(1)
}
const { build } = await import(new URL(chunk, dist).href) as { build: Build }
await build(await resolveOptions({ entry }, 'build'), { logLevel: 'warn', build: { outDir, sourcemap: 'hidden' } }, { entry })
process.exit(0)
