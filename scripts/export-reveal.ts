// `npm run export:reveal [-- <deck>]`: a standalone reveal.js deck (docs/export.md).
import { relative } from 'node:path'
import { parseDeckArgs, runScript } from './export/cli.ts'
import { resolveDeckName } from './export/deck.ts'
import { createProgress } from './export/progress.ts'
import { exportReveal } from './export/reveal.ts'

const HELP = `Usage: npm run export:reveal [-- <deck>] [--out DIR]

Writes dist-reveal/<deck>/index.html: the deck as a reveal.js presentation that opens
from a folder or USB stick (file://) with no network. Key S opens the speaker view
with notes and pacing. <deck> is a file in slides/ (default: the only deck, else the default deck).

  --out DIR  write to DIR/<deck>/ instead of dist-reveal/<deck>/`

await runScript('export:reveal', HELP, async (argv) => {
  const { deck, values } = parseDeckArgs(argv, { out: { type: 'string' } })
  const result = await exportReveal({ deck: resolveDeckName(deck), outDir: values.out, progress: createProgress() })
  process.stdout.write(`${relative(process.cwd(), result.path)} (${result.slides.length} slides, ${result.timings.size} with timing)\n`)
})
