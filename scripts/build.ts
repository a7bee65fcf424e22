// `npm run build`: a static build of every deck in slides/ into dist/<deck>/ (contract §1).
import { spawn } from 'node:child_process'
import { join, resolve } from 'node:path'
import { parseDeckArgs, runScript } from './export/cli.ts'
import { deckNames, resolveDeckName } from './export/deck.ts'
import { deckOfEntry } from './support/deck-entry.ts'
import { replaceDirectory } from './support/atomic-write.ts'
import { createProgress } from './export/progress.ts'

const HELP = `Usage: npm run build [-- <deck>] [--out DIR]

Builds every deck in slides/ (or only <deck>) with "slidev build" into dist/<deck>/,
with base path /<deck>/, so one static server for dist/ serves them all.

  --out DIR   build into DIR/<deck>/ instead of dist/<deck>/`

function slidevBuild(deck: string, outDir: string): Promise<void> {
  return new Promise((done, fail) => {
    // Always a production bundle: Vite takes NODE_ENV as it finds it, and a caller's "test"
    // or "development" would ship the libraries' development code.
    const env = { ...process.env, NODE_ENV: 'production', SEMINARKIT_DECK: deckOfEntry(resolve('slides', `${deck}.md`)) }
    const child = spawn(process.execPath, [resolve('node_modules/@slidev/cli/bin/slidev.mjs'), 'build', `slides/${deck}.md`, '--out', outDir, '--base', `/${deck}/`], { stdio: ['ignore', 'inherit', 'inherit'], env })
    child.on('error', fail)
    child.on('exit', code => code === 0 ? done() : fail(new Error(`slidev build slides/${deck}.md exited with ${code}`)))
  })
}

await runScript('build', HELP, async (argv) => {
  const { deck, values } = parseDeckArgs(argv, { out: { type: 'string', default: 'dist' } })
  const decks = deck === undefined ? deckNames() : [resolveDeckName(deck)]
  const progress = createProgress()
  for (const name of decks)
    await progress.step(`building ${join(values.out, name)}/`, () => replaceDirectory(resolve(values.out, name), dir => slidevBuild(name, dir)))
})
