// `npm run export [-- <deck>]`: the presenter PDF and the participant handout (docs/export.md).
import { relative } from 'node:path'
import { parseDeckArgs, runScript } from './export/cli.ts'
import { resolveDeckName } from './export/deck.ts'
import { exportPdfs } from './export/pdfs.ts'
import { createProgress } from './export/progress.ts'

const HELP = `Usage: npm run export [-- <deck>] [--out DIR]

Writes exports/<deck>.pdf (presenter: every slide) and exports/<deck>-handout.pdf
(participants: no facilitator-only slides, anonymous network diagrams, a notes page
after each discussion). <deck> is a file in slides/ (default: the only deck, else the default deck).

  --out DIR  write the PDFs to DIR instead of exports/`

await runScript('export', HELP, async (argv) => {
  const { deck, values } = parseDeckArgs(argv, { out: { type: 'string' } })
  const result = await exportPdfs({ deck: resolveDeckName(deck), outDir: values.out, progress: createProgress() })
  for (const pdf of [result.presenter, result.handout])
    process.stdout.write(`${relative(process.cwd(), pdf.path)} (${pdf.pages.length} pages)\n`)
})
